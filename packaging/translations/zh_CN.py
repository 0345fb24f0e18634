"""Simplified Chinese translations of RNN Studio's interface.

``packaging/update_translations.py`` copies these into
``resources/translations/rnnstudio_zh_CN.ts`` (and compiles the .qm). Keys are the
English source strings; ``"Context|source"`` keys give a translation for one context
only. Placeholders such as ``{0}`` must stay as they are.

Terms used throughout: 循环神经网络 (RNN), 隐藏层 / 隐藏单元 (hidden layer / units),
隐藏状态 (hidden state), 细胞状态 (cell state), 门 (gate), 遗忘门 (forget gate),
学习率 (learning rate), 梯度裁剪 (gradient clipping), 梯度消失 / 梯度爆炸 (vanishing /
exploding gradients), 随时间反向传播 BPTT (backpropagation through time), 更新 (update,
one optimizer step), 留出集 (held-out set), 指标 (metric), 种子 (seed).
"""

TRANSLATIONS: dict[str, str] = {
    # ------------------------------------------------------------ settings
    "Cell": "单元",
    "The recurrent unit: Elman (simple RNN), LSTM, LSTM with peephole connections, or GRU. "
    "Gated cells keep gradients alive over long gaps.":
        "循环单元：Elman（简单循环网络）、LSTM、带窥孔连接的 LSTM 或 GRU。"
        "带门的单元能让梯度跨越很长的间隔而不消失。",
    "Hidden units": "隐藏单元",
    "Size of the hidden state h_t: the network's memory. More units learn more but train "
    "slower.": "隐藏状态 h_t 的大小，也就是网络的记忆。单元越多，能学的越多，但训练越慢。",
    "Layers": "层数",
    "Stacked recurrent layers; each reads the hidden states of the one below.":
        "堆叠的循环层；每一层读取下一层的隐藏状态。",
    "Activation": "激活函数",
    "Elman's nonlinearity phi in h_t = phi(x_t W_xh + h_{t-1} W_hh + b_h). Sigmoid is "
    "Trask's choice; tanh is zero-centred; ReLU can explode.":
        "Elman 单元在 h_t = phi(x_t W_xh + h_{t-1} W_hh + b_h) 中的非线性函数 phi。"
        "Trask 的例子用 sigmoid；tanh 以零为中心；ReLU 可能发散。",
    "Initialiser": "初始化",
    "Starting weights: uniform(-1, 1) as in Trask's adder, Glorot (scaled to the layer's "
    "size), or orthogonal recurrent weights.":
        "初始权重：像 Trask 的加法器那样取均匀分布 (−1, 1)，按层大小缩放的 Glorot，"
        "或正交的循环权重。",
    "Recurrent scale": "循环权重缩放",
    "Multiplies the initial recurrent weights. Large values make gradients explode, small "
    "ones make them vanish.":
        "初始循环权重乘以这个系数。取值大会导致梯度爆炸，取值小会导致梯度消失。",
    "Forget-gate bias": "遗忘门偏置",
    "Initial bias of the LSTM forget gate. Positive values start the cell remembering, "
    "which helps long dependencies.":
        "LSTM 遗忘门的初始偏置。取正值时单元一开始就倾向于记住，有助于学习长期依赖。",
    "Bit loss": "比特损失",
    "Loss on sigmoid outputs: binary cross-entropy, or squared error as in the seeds' "
    "binary adder.": "sigmoid 输出上的损失：二元交叉熵，或像原始二进制加法器那样用平方误差。",
    "Task": "任务",
    "What the network learns from sequences.": "网络要从序列中学会什么。",
    "Bits": "位数",
    "Length of the binary numbers added, least significant bit first.":
        "相加的二进制数的位数，从最低位开始输入。",
    "Target word": "目标单词",
    "Lower-case word to flag in a stream of random letters.":
        "要在随机字母流中标记出来的小写单词。",
    "Corpus": "语料",
    "UTF-8 text file to learn from; empty uses the bundled Shakespeare.":
        "用来学习的 UTF-8 文本文件；留空则使用自带的莎士比亚文本。",
    "Temperature": "温度",
    "Sampling temperature: low is safe and repetitive, high is creative and noisy.":
        "采样温度：低温稳妥但重复，高温有创意但杂乱。",
    "Delay k": "延迟 k",
    "How many steps the network must hold a symbol before recalling it.":
        "网络要把一个符号记住多少步之后再回忆出来。",
    "Sequence length": "序列长度",
    "Time steps per training sequence (BPTT length).": "每条训练序列的时间步数（BPTT 长度）。",
    "Series": "序列类型",
    "Noisy sine wave, or an ARMA(2, 1) process.": "带噪声的正弦波，或 ARMA(2, 1) 过程。",
    "Noise": "噪声",
    "Standard deviation of the noise added to the series.": "加到序列上的噪声的标准差。",
    "Optimizer": "优化器",
    "How gradients become weight changes.": "梯度如何变成权重的改变量。",
    "Learning rate": "学习率",
    "Step size of each update. Too high diverges; too low crawls.":
        "每次更新的步长。太大会发散，太小则进展缓慢。",
    "Batch size": "批大小",
    "Sequences averaged per update: larger is smoother, smaller is noisier.":
        "每次更新平均的序列条数：越大越平稳，越小噪声越大。",
    "Update budget": "更新次数上限",
    "Stop after this many updates.": "完成这么多次更新后停止。",
    "Stop at metric": "达到指标即停",
    "Stop as soon as the held-out metric reaches this value.": "留出集指标一达到这个值就停止。",
    "Clipping": "梯度裁剪",
    "Gradient clipping: rescale by global norm, cut each value, or none.":
        "梯度裁剪：按全局范数缩放、逐个数值截断，或不裁剪。",
    "Clip threshold": "裁剪阈值",
    "Largest global gradient norm (or value) allowed per update.":
        "每次更新允许的最大全局梯度范数（或数值）。",
    "Truncate BPTT": "截断 BPTT",
    "Backpropagate through windows of k steps (0 = the whole sequence). The hidden state "
    "still carries across windows.":
        "在每 k 步的窗口内做反向传播（0 表示整条序列）。隐藏状态仍然在窗口之间传递。",
    "Evaluate every": "评估间隔",
    "Updates between held-out evaluations.": "两次留出集评估之间的更新次数。",
    "Precision": "精度",
    "float32 trains faster; float64 is for gradient checks. A running network is converted "
    "from its next update.":
        "float32 训练更快；float64 用于梯度检验。正在训练的网络从下一次更新起转换精度。",
    "Seed": "种子",
    "Seeds weights and data: the same seed gives the same run.":
        "决定权重和数据的随机种子：种子相同，训练过程就相同。",
    # task titles and choice names
    "Binary addition": "二进制加法",
    "Sequence detection": "序列检测",
    "Character language model": "字符级语言模型",
    "Delayed recall": "延迟回忆",
    "Adding problem": "加和问题",
    "Time-series forecasting": "时间序列预测",
    "Elman (simple RNN)": "Elman（简单循环网络）",
    "LSTM": "LSTM",
    "Peephole LSTM": "窥孔 LSTM",
    "GRU": "GRU",
    "tanh": "tanh",
    "sigmoid": "sigmoid",
    "ReLU": "ReLU",
    "Uniform (−1, 1)": "均匀分布 (−1, 1)",
    "Glorot": "Glorot",
    "Orthogonal": "正交",
    "SGD": "SGD",
    "SGD + momentum": "SGD + 动量",
    "RMSprop": "RMSprop",
    "Adam": "Adam",
    "None": "不裁剪",
    "Global norm": "全局范数",
    "Each value": "逐个数值",
    "Cross-entropy": "交叉熵",
    "Squared error": "平方误差",
    "float32": "float32",
    "float64": "float64",
    "Noisy sine": "带噪正弦",
    "ARMA(2, 1)": "ARMA(2, 1)",
    # ------------------------------------------------------------ theme
    "Follow the system": "跟随系统",
    "Light": "浅色",
    "Dark": "深色",
    "Hide controls": "隐藏控件",
    "Ticked settings disappear from the settings panels. The choice is saved in experiment "
    "files, so a class opens the experiment with only the controls the lesson needs.":
        "勾选的设置项会从设置面板中隐藏。这个选择保存在实验文件里，"
        "学生打开实验时只会看到本节课需要的控件。",
    "Model": "模型",
    "Training": "训练",
    "Show all": "全部显示",
    # ------------------------------------------------------------ runs list
    "Run": "运行",
    "Hidden": "隐藏单元",
    "Updates": "更新次数",
    "Final loss": "最终损失",
    "Metric": "指标",
    "Value": "数值",
    "Status": "状态",
    "ready": "就绪",
    "running": "训练中",
    "budget done": "已达更新上限",
    "goal reached": "已达目标",
    "stopped": "已停止",
    "diverged": "已发散",
    "opened": "已打开",
    "Export runs table": "导出运行列表",
    "CSV table (*.csv)": "CSV 表格 (*.csv)",
    "Could not save {0}: {1}": "无法保存 {0}：{1}",
    "Export CSV…": "导出 CSV…",
    "Save this table (figures and every setting of each run) as a CSV file":
        "把这张表（每次运行的结果和全部设置）保存为 CSV 文件",
    "Clear old runs": "清除旧的运行",
    "Forget every run except the newest": "只保留最新的一次运行",
    "Tick runs to overlay their curves.": "勾选运行即可叠加显示它们的曲线。",
    "update": "更新次数",
    "loss (log scale)": "损失（对数坐标）",
    "Training loss": "训练损失",
    "metric": "指标",
    "Held-out metric": "留出集指标",
    "Overlay this run's curves": "叠加显示这次运行的曲线",
    "Run {0}": "运行 {0}",
    "Run {0}: {1}": "运行 {0}：{1}",
    "RunsPanel|Cell": "单元",
    # ------------------------------------------------------------ main window
    "Ready": "就绪",
    "Paused": "已暂停",
    "Finished": "已结束",
    "Diverged": "已发散",
    "Error": "出错",
    "The last settings could not be used ({0}); loaded the default preset.":
        "上次的设置无法使用（{0}）；已载入默认预设。",
    "Messages": "消息",
    "Settings": "设置",
    "Loss and metric": "损失与指标",
    "Gradient flow across time": "梯度随时间的流动",
    "Predicted vs true": "预测值与真实值",
    "Inside the network": "网络内部",
    "Train": "训练",
    "Train at full speed (Space; Space again pauses)": "全速训练（空格键；再按一次空格暂停）",
    "Pause": "暂停",
    "Pause or resume training": "暂停或继续训练",
    "Step": "单步",
    "Exactly one update, then pause": "只做一次更新，然后暂停",
    "Stop": "停止",
    "End the run here (the weights are kept)": "在此结束这次运行（权重保留）",
    "Reset": "重置",
    "Re-initialise: same seed, same start weights": "重新初始化：种子相同，初始权重也相同",
    "Randomise seed": "随机种子",
    "New seed: different start weights and data order": "换一个种子：初始权重和数据顺序都会不同",
    "Train / Pause": "训练 / 暂停",
    "Quit": "退出",
    "&File": "文件(&F)",
    "&Run": "运行(&R)",
    "&View": "视图(&V)",
    "&Help": "帮助(&H)",
    "Restore default layout": "恢复默认布局",
    "Default preset (binary adder)": "默认预设（二进制加法器）",
    "About RNN Studio": "关于 RNN Studio",
    "What the run is doing": "这次运行的当前状态",
    "Updates done / update budget": "已完成的更新次数 / 更新次数上限",
    "Training updates per second": "每秒训练更新次数",
    "Training loss of the latest update": "最近一次更新的训练损失",
    "Latest held-out metric": "最新的留出集指标",
    "Time left at the current speed": "按当前速度估计的剩余时间",
    "New seed {0}: fresh start weights": "新种子 {0}：已重新生成初始权重",
    "Learning rate {0} from the next update": "从下一次更新起学习率为 {0}",
    "Settings changed: a fresh network is ready": "设置已更改：新的网络已准备好",
    "Open settings": "打开设置",
    "RNN Studio settings (*.json);;All files (*)": "RNN Studio 设置 (*.json);;所有文件 (*)",
    "Save settings": "保存设置",
    "RNN Studio settings (*.json)": "RNN Studio 设置 (*.json)",
    "Saved {0}": "已保存 {0}",
    "Resume": "继续",
    "Training diverged and was paused: {0} The plots keep the history; Train carries on from "
    "the last finite weights, Reset starts over.":
        "训练发散，已暂停：{0} 图表保留了历史记录；点“训练”会从最后一组有限的权重继续，"
        "点“重置”则从头开始。",
    "Goal reached: {0}. Train carries on; Reset starts over.":
        "已达到目标：{0}。点“训练”继续，点“重置”从头开始。",
    "Finished the update budget ({0}). Train runs another {1} updates.":
        "已用完更新次数（{0}）。点“训练”会再做 {1} 次更新。",
    "step {0} / {1}": "第 {0} / {1} 步",
    "{0} updates/s": "{0} 次更新/秒",
    "loss {0}": "损失 {0}",
    "ETA {0}": "剩余 {0}",
    "Could not export {0} to {1}: {2}": "无法把 {0} 导出到 {1}：{2}",
    "RNN Studio {0}: build recurrent networks, train them with exact backpropagation through "
    "time, and watch what happens inside.":
        "RNN Studio {0}：搭建循环神经网络，用精确的随时间反向传播训练它们，"
        "并观察网络内部发生了什么。",
    # ------------------------------------------------------------ panels
    "Dismiss this message": "关闭这条消息",
    "next step": "下一步",
    "one layer mixes input and memory": "一层网络把输入和记忆混合在一起",
    "gates guard a cell state carried by addition": "门守护着靠加法传递的细胞状态",
    "gates also peek at the cell state (dashed)": "门还会窥视细胞状态（虚线）",
    "an update gate blends old state and candidate": "更新门把旧状态和候选状态混合起来",
    "How one time step of the cell computes h_t (and c_t) from x_t and the previous state.":
        "单元在一个时间步里如何由 x_t 和上一步的状态算出 h_t（以及 c_t）。",
    "Export": "导出",
    "Save this panel as a PNG or SVG image": "把这个面板保存为 PNG 或 SVG 图片",
    "Export PNG…": "导出 PNG…",
    "Export SVG…": "导出 SVG…",
    "Float / dock this panel": "浮动 / 停靠这个面板",
    "Hide this panel (View menu shows it again)": "隐藏这个面板（可在“视图”菜单中重新显示）",
    "PNG image (*.png)": "PNG 图片 (*.png)",
    "SVG image (*.svg)": "SVG 图片 (*.svg)",
    "Export {0}": "导出{0}",
    "Elman: a single nonlinearity mixes the input with the previous hidden state. Simple and "
    "fast, but gradients fade (or blow up) over long gaps.":
        "Elman：用一个非线性函数把输入和上一步的隐藏状态混合起来。简单又快，"
        "但间隔一长梯度就会消失（或爆炸）。",
    "LSTM: forget, input and output gates guard a cell state c_t that is carried forward by "
    "addition, so gradients survive long gaps.":
        "LSTM：遗忘门、输入门和输出门守护着细胞状态 c_t，它靠加法向前传递，"
        "所以梯度能跨越很长的间隔。",
    "Peephole LSTM: an LSTM whose gates also see the cell state itself, which helps with "
    "precise timing.": "窥孔 LSTM：门还能直接看到细胞状态的 LSTM，有助于精确把握时机。",
    "GRU: an update gate blends the old state with a candidate, a reset gate decides how much "
    "of the past the candidate sees. Fewer weights than an LSTM.":
        "GRU：更新门把旧状态与候选状态混合，重置门决定候选状态能看到多少过去的信息。"
        "权重比 LSTM 少。",
    "Randomise the seed: new start weights and data order":
        "随机换一个种子：新的初始权重和数据顺序",
    "Add two binary numbers one bit pair at a time, least significant bit first. The hidden "
    "state has to carry the carry.":
        "把两个二进制数逐位相加，从最低位开始，每次输入一对比特。进位要靠隐藏状态来记住。",
    "Read a stream of random letters and raise a flag each time the target word has just been "
    "spelled.": "读入一串随机字母，每当目标单词刚好被拼出来时就举旗标记。",
    "Predict the next character of a text; then let the network write new text one sampled "
    "character at a time.": "预测文本中的下一个字符；然后让网络逐个采样字符，写出新的文本。",
    "See a symbol, wait k steps, then say it again: how long can the memory hold?":
        "看到一个符号，等待 k 步，再把它说出来：记忆能保持多久？",
    "Add the two marked numbers hidden in a long random sequence (the classic long-range test "
    "for gated cells).":
        "把藏在一长串随机数中的两个被标记的数相加（检验带门单元长程记忆的经典测试）。",
    "Predict the next value of a noisy time series from the values so far.":
        "根据到目前为止的数值，预测带噪声时间序列的下一个值。",
    "Changes apply at the next update, even while training; arrows step 1, 2, 5, 10...":
        "修改会在下一次更新时生效，训练中也可以改；箭头按 1、2、5、10… 递增。",
    "one of {0}": "以下之一：{0}",
    "an integer from {0} to {1}": "{0} 到 {1} 之间的整数",
    "a number from {0} to {1}": "{0} 到 {1} 之间的数",
    "1 to 20 lower-case letters a-z": "1 到 20 个小写字母 a-z",
    "a UTF-8 text file, or empty": "一个 UTF-8 文本文件，或留空",
    "an integer": "整数",
    "a number": "数",
    "{0}\nAllowed: {1}.": "{0}\n允许的取值：{1}。",
    "{0}:": "{0}：",
    "{0}: only lower-case letters a-z are allowed (1 to 20 of them)":
        "{0}：只允许小写字母 a-z（1 到 20 个）",
    "bundled Shakespeare": "自带的莎士比亚文本",
    "Choose a UTF-8 text file": "选择一个 UTF-8 文本文件",
    "Choose a text corpus": "选择文本语料",
    "Text files (*.txt);;All files (*)": "文本文件 (*.txt);;所有文件 (*)",
    "Off: train for the whole update budget": "不勾选：训练到更新次数上限为止",
    # ------------------------------------------------------------ workspace
    "Preferences": "首选项",
    "Language:": "语言：",
    "Theme:": "主题：",
    "Runs": "运行记录",
    "Notes on this experiment (saved in the file)": "关于这个实验的笔记（会保存在文件中）",
    "Notes": "笔记",
    "&Open…": "打开(&O)…",
    "Open an experiment (.rnnstudio) or settings (.json) file":
        "打开实验文件 (.rnnstudio) 或设置文件 (.json)",
    "&Save": "保存(&S)",
    "Save the experiment: settings, weights, optimizer state, history and notes":
        "保存实验：设置、权重、优化器状态、历史记录和笔记",
    "Save &As…": "另存为(&A)…",
    "Save the experiment under a new name": "用新的文件名保存实验",
    "Open &Recent": "最近打开(&R)",
    "&Export": "导出(&E)",
    "Plots": "图表",
    "{0} as {1}…": "{0}，导出为 {1}…",
    "Metrics history (CSV)…": "指标历史 (CSV)…",
    "Weights (.npz)…": "权重 (.npz)…",
    "Weights in PyTorch layout (.npz)…": "PyTorch 格式的权重 (.npz)…",
    "Settings (JSON)…": "设置 (JSON)…",
    "Runs table (CSV)…": "运行记录表 (CSV)…",
    "&Presentation mode": "演示模式(&P)",
    "Large fonts and thick lines for a projector": "大字体、粗线条，适合投影",
    "&Theme": "主题(&T)",
    "&Language": "语言(&L)",
    "&Hide controls…": "隐藏控件(&H)…",
    "Instructor: choose settings to hide from the panels (saved in the experiment)":
        "教师用：选择要在面板中隐藏的设置项（保存在实验文件中）",
    "Pre&ferences…": "首选项(&F)…",
    "Save experiment": "保存实验",
    "RNN Studio experiment (*.rnnstudio)": "RNN Studio 实验 (*.rnnstudio)",
    "Nothing to save: the network could not be read (press Reset after an engine error).":
        "没有可保存的内容：无法读取网络（引擎出错后请按“重置”）。",
    "Saved {0} (step {1})": "已保存 {0}（第 {1} 步）",
    "Open": "打开",
    "RNN Studio files (*.rnnstudio *.json);;All files (*)":
        "RNN Studio 文件 (*.rnnstudio *.json);;所有文件 (*)",
    "Opened {0}: step {1}; Train continues from here": "已打开 {0}：第 {1} 步；点“训练”从这里继续",
    "this experiment": "这个实验",
    "{0} is not where this run was trained on it; the same file was found beside the "
    "experiment and is used: {1}.": "{0} 已不在这个运行训练时的位置；在实验文件旁找到了同一个文件，"
                                   "现在使用它：{1}。",
    "{0} now reads {1} (was {2}); save to keep the new place.":
        "{0} 现在读取 {1}（原为 {2}）；保存后会记住新位置。",
    "Data file not found": "找不到数据文件",
    "{0} was trained on {1}, which is not there any more.": "{0} 是用 {1} 训练的，但它已不在那里。",
    "Its weights and curves are in the experiment; to open it, show where the data is now.":
        "它的权重和曲线都在实验文件里；要打开它，请指出数据现在在哪里。",
    "Locate…": "查找…",
    "Where is {0}?": "{0} 在哪里？",
    "{0} (*{1});;All files (*)": "{0} (*{1});;所有文件 (*)",
    "Where is the folder {0}?": "文件夹 {0} 在哪里？",
    "Unsaved changes": "有未保存的更改",
    "Save the changes to {0}?": "要保存对{0}的更改吗？",
    "Training progress, settings and notes since the last save will be lost otherwise.":
        "否则，上次保存之后的训练进度、设置和笔记都会丢失。",
    "Cannot open {0}": "无法打开 {0}",
    "(none yet)": "（暂无）",
    "Clear list": "清空列表",
    "NumPy arrays (*.npz)": "NumPy 数组 (*.npz)",
    "JSON settings (*.json)": "JSON 设置 (*.json)",
    "the network could not be read": "无法读取网络",
    "Could not export to {0}: {1}": "无法导出到 {0}：{1}",
    "The translation for {0} is missing from this installation.": "此安装中缺少{0}的翻译文件。",
    "{0} setting(s) hidden (View > Hide controls… shows them again)":
        "已隐藏 {0} 个设置项（可通过“视图 > 隐藏控件…”重新显示）",
    # ------------------------------------------------------------ teaching docks
    "Lessons": "课程",
    "Unrolled network": "展开的网络",
    "Equations": "公式",
    "Try it yourself": "动手试试",
    "Verify gradients": "验证梯度",
    "Race mode": "竞赛模式",
    "&Learn": "学习(&L)",
    "Verify gradients now": "立即验证梯度",
    "Lesson “{0}”: press Start in Race mode to train the lanes side by side.":
        "课程“{0}”：在竞赛模式中按“开始”，让各条赛道并排训练。",
    "Lesson “{0}” loaded: press Train (Space).": "已载入课程“{0}”：请按“训练”（空格键）。",
    # ------------------------------------------------------------ plots
    "How much the loss depends on the state at each time step t. <b>Vanishing</b> gradients: "
    "bright at late t (top of the map), dark at early t (bottom); <b>exploding</b>: bright at "
    "early t and growing.":
        "损失对每个时间步 t 的状态有多敏感。<b>梯度消失</b>：晚的 t（图的上方）亮，"
        "早的 t（下方）暗；<b>梯度爆炸</b>：早的 t 亮，而且越来越亮。",
    "Which gradient the heat map shows.": "热图显示哪一个梯度。",
    "time step t": "时间步 t",
    "‖∂L/∂h_t‖ (log scale)": "‖∂L/∂h_t‖（对数坐标）",
    "Latest update": "最近一次更新",
    "Over training": "训练全过程",
    "‖g‖ (log scale)": "‖g‖（对数坐标）",
    "Global gradient norm per update: {0}━ before{1} and {2}╌ after clipping{1}":
        "每次更新的全局梯度范数：{0}━ 裁剪前{1}与{2}╌ 裁剪后{1}",
    "clip threshold": "裁剪阈值",
    ", layer {0}": "，第 {0} 层",
    "layer {0}": "第 {0} 层",
    "Over training: {0}": "训练全过程：{0}",
    "hidden state h_t": "隐藏状态 h_t",
    "cell state c_t (the LSTM's memory)": "细胞状态 c_t（LSTM 的记忆）",
    "input gate i_t (1 = write new content)": "输入门 i_t（1 = 写入新内容）",
    "forget gate f_t (1 = keep the memory, 0 = erase it)":
        "遗忘门 f_t（1 = 保留记忆，0 = 抹去记忆）",
    "candidate g_t (new content to write)": "候选值 g_t（要写入的新内容）",
    "output gate o_t (1 = show the memory in h_t)": "输出门 o_t（1 = 把记忆显示在 h_t 中）",
    "reset gate r_t (how much of h_{t-1} shapes the candidate)":
        "重置门 r_t（h_{t-1} 对候选状态的影响有多大）",
    "update gate z_t (1 = keep h_{t-1}, 0 = take the candidate)":
        "更新门 z_t（1 = 保留 h_{t-1}，0 = 采用候选状态）",
    "candidate n_t (the new state proposed)": "候选状态 n_t（提议的新状态）",
    "cell state c_t": "细胞状态 c_t",
    "input gate i_t": "输入门 i_t",
    "forget gate f_t": "遗忘门 f_t",
    "candidate g_t": "候选值 g_t",
    "output gate o_t": "输出门 o_t",
    "reset gate r_t": "重置门 r_t",
    "update gate z_t": "更新门 z_t",
    "candidate n_t": "候选状态 n_t",
    "Which recurrent layer to look inside (1 = next to the input).":
        "查看哪一个循环层的内部（1 = 紧挨着输入的那一层）。",
    "The hidden state, the cell state or one of the gates.": "隐藏状态、细胞状态或某一个门。",
    "Layer": "层",
    "Show": "显示",
    "unit": "单元",
    "Hidden state h_t": "隐藏状态 h_t",
    "Probe sequence, one row per unit; colour scale fixed at [{0}, {1}] so colours keep their "
    "meaning while training.":
        "探测序列，每个单元一行；颜色范围固定在 [{0}, {1}]，训练过程中颜色的含义保持不变。",
    "input at time step t": "时间步 t 的输入",
    "Log scale (loss)": "对数坐标（损失）",
    "Show the loss on a logarithmic axis: late, small improvements stay visible.":
        "用对数坐标显示损失：后期细小的改进也看得见。",
    "loss": "损失",
    "Training loss (every update)": "训练损失（每次更新）",
    "training loss": "训练损失",
    "held-out": "留出集",
    "Held-out {0} (higher is better)": "留出集{0}（越高越好）",
    "Held-out {0} (lower is better)": "留出集{0}（越低越好）",
    "network row: the darker, the surer the bit is 1; {0} wrong bit":
        "网络一行：颜色越深，越确定该位是 1；{0} 错误的位",
    "bit (the network reads right to left: least significant first)":
        "比特位（网络从右往左读：最低位在前）",
    "Binary addition: the probe pair": "二进制加法：探测用的一对数",
    "Train to see the network add the probe pair.": "开始训练，看网络如何把这对数相加。",
    "1 wrong bit": "错 1 位",
    "{0} wrong bits": "错 {0} 位",
    "{0} + {1} = <b>{2}</b> (true {3})": "{0} + {1} = <b>{2}</b>（正确答案 {3}）",
    "input letter at each time step": "每个时间步输入的字母",
    "word ends here (truth)": "单词在此结束（真实值）",
    "network P(flag)": "网络的 P(标记)",
    "flag raised (P > 0.5)": "举旗标记（P > 0.5）",
    "Flags along the probe stream: where does “{0}” end?": "探测字母流上的标记：“{0}”在哪里结束？",
    "1 false alarm": "1 次误报",
    "{0} false alarms": "{0} 次误报",
    "caught {0} of {1} “{2}”, {3}": "找到了 {1} 个“{2}”中的 {0} 个，{3}",
    "Samples appear here at every evaluation while training.":
        "训练时每次评估都会在这里显示生成的文本。",
    "Text the network writes at temperature {0}": "网络在温度 {0} 下写出的文本",
    "Text the network writes at temperature {0} (after update {1}; earlier samples greyed below)":
        "网络在温度 {0} 下写出的文本（第 {1} 次更新后；更早的样本以灰色显示在下方）",
    "after update {0}": "第 {0} 次更新后",
    "input": "输入",
    "marked inputs": "被标记的输入",
    "true": "真实值",
    "network": "网络",
    "a + b (true)": "a + b（真值）",
    "MainWindow|{0}: {1}": "{0}：{1}",
    "The saved settings were not used ({0}); loaded the default preset.":
        "未使用保存的设置（{0}）；已载入默认预设。",
    "a bit": "a 的位",
    "b bit": "b 的位",
    "InsideView|value": "数值",
    "PredictionView|value": "数值",
    "PredictionView|symbol": "符号",
    "P(flag)": "P(标记)",
    "Flags along the probe stream": "探测序列上的标记",
    "marker": "标记",
    "Delayed recall: say the symbol back after {0} steps": "延迟回忆：{0} 步之后把符号说出来",
    "Adding problem: the sum of the two marked inputs": "加和问题：两个被标记输入的和",
    "Forecast: the next value of the series": "预测：序列的下一个值",
    # metric labels (engine tasks)
    "whole-sum accuracy": "整数和准确率",
    "bit accuracy": "逐位准确率",
    "F1 score of the flags": "标记的 F1 分数",
    "precision (right flags)": "精确率（标对的比例）",
    "recall (words caught)": "召回率（找到的单词比例）",
    "bits per character": "每字符比特数",
    "next-character accuracy": "下一个字符的准确率",
    "recall accuracy (guessing scores 0.25)": "回忆准确率（瞎猜得 0.25）",
    "mean squared error (always answering 1.0 scores 0.167)": "均方误差（总是回答 1.0 得 0.167）",
    "share of sums within ±0.04": "误差在 ±0.04 以内的和所占比例",
    "forecast mean squared error": "预测的均方误差",
    "MSE of repeating the last value": "重复上一个值的均方误差",
    "{0} reached {1} at step {2}": "{0}在第 {2} 步达到 {1}",
    "finished {0} updates": "完成了 {0} 次更新",
}
