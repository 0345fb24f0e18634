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
        "初始权重：像 Trask 的加法器那样取 uniform(-1, 1)，按层大小缩放的 Glorot，"
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
    "float32 trains faster; float64 is for gradient checks.":
        "float32 训练更快；float64 用于梯度检验。",
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
}
