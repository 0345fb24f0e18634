"""Simplified Chinese for three teaching views: "Try it yourself" (tryit.py), "Verify
gradients" (gradcheck_view.py) and the equations panel (equations.py).

Short, generic words carry their context ("Context|source") so that they do not change
another view's translation. Terms follow packaging/translations/zh_CN.py.
"""

TRANSLATIONS: dict[str, str] = {
    # ------------------------------------------------------------ try it: the view
    "Train a model first; then type your own input here and watch the network answer.":
        "请先训练一个模型，然后在这里输入你自己的内容，看看网络怎样回答。",
    "TryItView|Large": "大字号",
    "Larger text, for a projector": "放大文字，便于投影",
    "Try it yourself — {0}": "动手试试 — {0}",
    "Answers come from a copy of the weights taken at update {0}.":
        "回答来自第 {0} 次更新时复制下来的权重。",
    "Answers come from a copy of the weights.": "回答来自权重的一份副本。",
    # ------------------------------------------------------------ try it: binary addition
    "AdditionPage|▶ Step through": "▶ 逐步演示",
    "Reveal the network's answer one bit (time step) at a time":
        "每次揭示网络答案的一位（一个时间步）",
    "Numbers from 0 to {0}: the network adds {1}-bit numbers, reading one bit of a and one of b "
    "per time step, least significant bit first (t = 1 is the 2⁰ column), and writes one bit "
    "of the sum per step. The carry has to live in its hidden state.":
        "可输入 0 到 {0} 之间的数：网络做 {1} 位二进制加法，每个时间步读入 a 的一位和 b 的一位，"
        "从最低位开始（t = 1 对应 2⁰ 位），每步写出和的一位。进位只能保存在它的隐藏状态里。",
    "AdditionPage|step t": "时间步 t",
    "AdditionPage|a bit": "a 的位",
    "AdditionPage|b bit": "b 的位",
    "AdditionPage|carry in (true)": "进位（真实值）",
    "AdditionPage|p(sum bit = 1)": "p(和的该位 = 1)",
    "AdditionPage|network bit": "网络给出的位",
    "AdditionPage|true bit": "正确的位",
    "… step {0} of {1}: the sum bits so far are {2}":
        "… 第 {0} 步（共 {1} 步）：目前得到的和（高位在左）是 {2}",
    "AdditionPage|✓ right": "✓ 正确",
    "✗ wrong (true sum {0})": "✗ 错误（正确的和是 {0}）",
    # ------------------------------------------------------------ try it: character model
    "start the text here (may be empty)": "在这里写下文本的开头（可以留空）",
    "Divides the logits before sampling. Low: safe and repetitive. High: adventurous and noisy.":
        "采样前，softmax 的输入分数要先除以温度。温度低：稳妥但容易重复；温度高：大胆但杂乱。",
    "Same seed, same text; change it for another sample":
        "种子相同，生成的文本就相同；换一个种子可以得到另一段样本",
    "How many characters to generate after the prefix": "在开头之后生成多少个字符",
    "CharPage|Generate": "生成",
    "CharPage|Prefix": "开头",
    "CharPage|Temperature": "温度",
    "CharPage|Characters": "字符数",
    "CharPage|Seed": "种子",
    "Prefix: {0} never occurs in the corpus, so the network cannot read it. Remove it.":
        "开头：{0} 在语料中从未出现，网络无法读取它。请把它删掉。",
    "Prefix: {0} never occurs in the corpus and is read as {1}.":
        "开头：{0} 在语料中从未出现，将被当作 {1} 读取。",
    "After the prefix the network expects (temperature {0}):":
        "读完开头后，网络认为下一个字符可能是（温度 {0}）：",
    # ------------------------------------------------------------ try it: sequence detection
    "lower-case letters a–z": "小写字母 a–z",
    "Random letters with the word": "含目标词的随机字母",
    "Random letters with the word hidden among them": "生成一串随机字母，目标词藏在其中",
    "DetectionPage|Letters": "字母",
    "The network raises a flag when the word “{0}” has just been read. Type letters (a–z) and "
    "see the flag probability after each one; ▲ marks a raised flag (p > 0.5), ✓ where the "
    "word really ends.":
        "网络刚读完单词“{0}”时应当举旗。输入字母（a–z），查看每个字母之后的举旗概率；"
        "▲ 表示网络举旗（p > 0.5），✓ 表示单词真正结束的位置。",
    "Type some letters.": "请输入一些字母。",
    "DetectionPage|letter": "字母",
    "DetectionPage|p(flag)": "p(举旗)",
    "DetectionPage|flag": "举旗",
    "DetectionPage|word ends": "单词结束",
    "The word ends {0} time(s); the network caught {1} and raised {2} false alarm(s).":
        "单词共结束 {0} 次；网络抓住了 {1} 次，误报 {2} 次。",
    # ------------------------------------------------------------ try it: other tasks
    "Delayed recall: the network sees a symbol (A–D), then a gap of blanks with static, and "
    "must say the symbol again exactly k steps after it appeared. Only the recalled symbol is "
    "scored; guessing is right one time in four.":
        "延迟回忆：网络先看到一个符号（A–D），接着是一段夹杂噪声的空白，它必须在这个符号出现"
        "整整 k 步之后把它再说一遍。只有回忆出的符号计分；瞎猜的话，四次只能猜对一次。",
    "The adding problem: two of the numbers in a long stream are marked; at the end the "
    "network must output their sum. It has to notice the marks and hold the two numbers "
    "through everything else.":
        "加和问题：一长串数字中有两个被标记；序列结束时，网络必须输出这两个数的和。"
        "它得注意到标记，并在其余输入不断到来时一直记住这两个数。",
    "Forecasting: the network reads a noisy series one value at a time and predicts the next "
    "value. It learns the rhythm (sine) or the dependence on recent values (ARMA, or the "
    "series of your data file) from examples.":
        "时间序列预测：网络逐个读入一条带噪声的序列，并预测下一个值。它从样例中学会序列的节奏"
        "（正弦）或对最近几个值的依赖关系（ARMA，或你的数据文件中的序列）。",
    "Column {0} of your file, a held-out window (in the file's units)":
        "你的文件的“{0}”列，留出部分中的一段（按文件中的单位）",
    "{0}: the network's answer on an example it never trained on.":
        "{0}：网络在一个从未训练过的样例上给出的回答。",
    "{0} Typing your own input is available for addition, the character model and sequence "
    "detection.":
        "{0}（二进制加法、字符级语言模型和序列检测这三个任务可以自己输入内容。）",
    "Another held-out example": "换一个留出集样例",
    "A random sequence from the held-out set, which the network never trained on":
        "从留出集中随机取一条序列，网络从未在它上面训练过",
    "Held-out example {0} of {1}": "留出集样例 {0} / {1}",
    "ExamplePage|input": "输入",
    "ExamplePage|network": "网络",
    "ExamplePage|true": "正确答案",
    "Recalled {0} of {1} after {2} noisy steps (probability of the right symbol: {3}).":
        "经过 {2} 个带噪声的时间步，回忆对了 {0} 个，共 {1} 个（网络给正确符号的概率：{3}）。",
    "✓ within ±{0}": "✓ 误差在 ±{0} 以内",
    "✗ off by more than ±{0}": "✗ 误差超过 ±{0}",
    "Marked steps: t = {0} and t = {1} of {2}.":
        "被标记的时间步：t = {0} 和 t = {1}（共 {2} 步）。",
    "Marked numbers: {0} + {1} = {2}": "被标记的两个数：{0} + {1} = {2}",
    "Network's sum: {0} (error {1})": "网络给出的和：{0}（误差 {1}）",
    "Noisy sine, period {0} steps": "带噪声的正弦波，周期 {0} 步",
    "ARMA(2, 1) series": "ARMA(2, 1) 序列",
    ", noise {0}": "，噪声 {0}",
    "ExamplePage|step t": "时间步 t",
    "input x_t": "输入 x_t",
    "true x_(t+1)": "真实值 x_(t+1)",
    "Mean squared error: network {0}, repeating the last value {1}.":
        "均方误差：网络 {0}；直接重复上一个值 {1}。",
    # ------------------------------------------------------------ verify gradients
    "GradCheckView|Parameter": "参数",
    "GradCheckView|Shape": "形状",
    "GradCheckView|Entries": "元素数",
    "‖analytic‖": "‖解析梯度‖",
    "‖numerical‖": "‖数值梯度‖",
    "max |a − n|": "最大 |a − n|",
    "GradCheckView|Relative error": "相对误差",
    "GradCheckView|Verdict": "结论",
    "For every checked weight w the loss is evaluated at w + ε and w − ε (ε = 1e-6, in "
    "float64), and (L(w + ε) − L(w − ε)) / 2ε is compared with the gradient that "
    "backpropagation through time computed. <b>Relative error</b> = ‖a − n‖ / (‖a‖ + ‖n‖) "
    "over the checked entries: 1e-11 to 1e-7 means the BPTT code is right (the smaller a "
    "gradient, the more the rounding in the finite difference shows); a bug gives something "
    "near 1. ✓ means below 1e-6, or every entry within 1e-8 (a trained model's gradients "
    "are so small that rounding alone lifts the relative error above 1e-6).":
        "对每个被检查的权重 w，分别在 w + ε 和 w − ε 处计算损失（ε = 1e-6，使用 float64），"
        "再把 (L(w + ε) − L(w − ε)) / 2ε 与随时间反向传播算出的梯度比较。"
        "<b>相对误差</b> = ‖a − n‖ / (‖a‖ + ‖n‖)，对所有被检查的元素一起计算：1e-11 到 1e-7 "
        "说明 BPTT 代码是对的（梯度越小，有限差分中的舍入误差越明显）；代码有错时，结果会接近 1。"
        "✓ 表示相对误差低于 1e-6，或者每个元素的差都在 1e-8 以内（训练过的模型梯度很小，"
        "单是舍入误差就可能让相对误差超过 1e-6）。",
    "No parameters checked.": "没有检查任何参数。",
    "{0} and {1} more": "{0} 等（另有 {1} 个）",
    "✗ BPTT is wrong for {0} of {1} parameters": "✗ BPTT 出错：{1} 个参数中有 {0} 个不对",
    "These disagree with finite differences (relative error): {0}. The backward pass has a bug.":
        "这些参数与有限差分不一致（括号内为相对误差）：{0}。反向传播有错误。",
    "All {0} parameters match finite differences ({1} weights checked; largest relative error "
    "{2}, in {3}).":
        "全部 {0} 个参数都与有限差分一致（共检查了 {1} 个权重；最大相对误差为 {2}，出现在 {3}）。",
    "{0} The check was cancelled: only the parameters above were checked.":
        "{0}检查已取消：只检查了上面列出的参数。",
    "✓ BPTT is correct to {0}": "✓ BPTT 正确（相对误差约 {0}）",
    "Compare BPTT's gradient of every parameter with finite differences on a probe batch.":
        "在一个探测批次上，把 BPTT 算出的每个参数的梯度与有限差分的结果进行比较。",
    "GradCheckView|Cancel": "取消",
    "Stop after the parameter being checked": "检查完当前这个参数后停止",
    "GradCheckView|all": "全部",
    "How many weights of each parameter to check (chosen at random, seeded); 'all' checks "
    "every weight.":
        "每个参数检查多少个权重（按种子随机选取）；“全部”表示检查每一个权重。",
    "No model yet.": "还没有模型。",
    "Weights per parameter:": "每个参数检查的权重数：",
    "Press “Verify gradients” to check backpropagation.": "按“验证梯度”检查反向传播是否正确。",
    "{0}, {1} hidden units × {2} layer(s), {3} parameters (current weights), task: {4}":
        "{0}，{1} 个隐藏单元 × {2} 层，共 {3} 个参数（当前权重），任务：{4}",
    "{0}, {1} hidden units × {2} layer(s), {3} parameters (initial weights), task: {4}":
        "{0}，{1} 个隐藏单元 × {2} 层，共 {3} 个参数（初始权重），任务：{4}",
    "GradCheckView|Checking…": "正在检查…",
    "GradCheckView|scalar": "标量",
    "GradCheckView|✓ correct": "✓ 正确",
    "GradCheckView|✗ wrong": "✗ 错误",
    "Checking… {0} parameters so far": "正在检查… 已完成 {0} 个参数",
    "The check could not run": "无法运行检查",
    "Cancelled before any parameter was checked.": "已取消：还没有检查任何参数。",
    "{0} Time: {1} s.": "{0}用时 {1} 秒。",
    # ------------------------------------------------------------ equations
    "Elman network (simple RNN)": "Elman 网络（简单循环神经网络）",
    "LSTM with peepholes": "带窥孔的 LSTM",
    "Long short-term memory (LSTM)": "长短期记忆网络（LSTM）",
    "LSTM with peephole connections (Greff et al.)": "带窥孔连接的 LSTM（Greff 等人）",
    "Gated recurrent unit (GRU)": "门控循环单元（GRU）",
    "Show the equations of another cell": "显示另一种单元的公式",
    "EquationsView|Fit width": "适应宽度",
    "Scale the equations to the panel's width": "按面板宽度缩放公式",
    "EquationsView|Large": "放大",
    "Bigger equations, for a projector": "放大公式，便于投影",
    "EquationsView|Cell:": "单元：",
    "EquationsView|Symbols": "符号",
    "No equations for the cell {0}; available: {1}.": "没有单元 {0} 的公式；可用的有：{1}。",
    "Could not load the equation images (is the installation complete?): {0}":
        "无法载入公式图片（安装是否完整？）：{0}",
    # the symbol table
    "input at step t (a row vector); t = 1 … T": "第 t 步的输入（行向量）；t = 1 … T",
    "hidden state after step t; <i>h</i><sub>0</sub> = 0":
        "第 t 步之后的隐藏状态；<i>h</i><sub>0</sub> = 0",
    "target and the network's output at step t": "第 t 步的目标值和网络输出",
    "1 if step t is scored, else 0; number of scored steps":
        "第 t 步计分时为 1，否则为 0；计分的步数",
    "∂L/∂v, the total gradient of the loss (dv in the code)":
        "∂L/∂v，损失对 v 的总梯度（代码中的 dv）",
    "element-wise product": "逐元素乘积",
    "logistic sigmoid 1 / (1 + e<sup>−a</sup>) and hyperbolic tangent":
        "S 型函数 sigmoid 1 / (1 + e<sup>−a</sup>) 与双曲正切函数",
    "cell state after step t; <i>c</i><sub>0</sub> = 0":
        "第 t 步之后的细胞状态；<i>c</i><sub>0</sub> = 0",
    "input, forget and output gates, between 0 and 1": "输入门、遗忘门和输出门，取值在 0 与 1 之间",
    "block input: the candidate written to the cell": "块输入：准备写入细胞的候选值",
    "input weights (n_in × 4H), recurrent weights (H × 4H), bias":
        "输入权重（n_in × 4H）、循环权重（H × 4H）、偏置",
    "output weights and bias": "输出层的权重和偏置",
    "pre-activation of the hidden units": "隐藏单元的预激活值",
    "input weights, recurrent weights, hidden bias": "输入权重、循环权重、隐藏层偏置",
    "activation function (tanh, sigmoid or ReLU)": "激活函数（tanh、sigmoid 或 ReLU）",
    "pre-activations of the four blocks": "四个块的预激活值",
    "pre-activations of the four blocks (without peepholes)": "四个块的预激活值（不含窥孔项）",
    "peephole weights: one per unit (element-wise, diagonal)":
        "窥孔权重：每个单元一个（逐元素相乘，相当于对角矩阵）",
    "reset and update gates, between 0 and 1": "重置门和更新门，取值在 0 与 1 之间",
    "candidate state": "候选状态",
    "recurrent part of the candidate (hn_t in the code)": "候选状态中的循环部分（代码中的 hn_t）",
    "arguments of σ, σ and tanh in <i>r</i><sub>t</sub>, <i>z</i><sub>t</sub>, "
    "<i>n</i><sub>t</sub>":
        "<i>r</i><sub>t</sub>、<i>z</i><sub>t</sub>、<i>n</i><sub>t</sub> 中 σ、σ 和 tanh "
        "各自的自变量",
    "input weights (n_in × 3H) and bias, blocks r, z, n":
        "输入权重（n_in × 3H）和偏置，按 r、z、n 分块",
    "recurrent weights (H × 3H); bias of the candidate's recurrent part":
        "循环权重（H × 3H）；候选状态循环部分的偏置",
    # headings and notes painted over the equation images
    "EquationsView|Forward, for t = 1 … T": "前向计算，t = 1 … T",
    "EquationsView|Forward, for t = 1 … T, with <i>h</i><sub>0</sub> = 0":
        "前向计算，t = 1 … T，初值 <i>h</i><sub>0</sub> = 0",
    "EquationsView|Forward, for t = 1 … T, with <i>h</i><sub>0</sub> = <i>c</i><sub>0</sub> = 0":
        "前向计算，t = 1 … T，初值 <i>h</i><sub>0</sub> = <i>c</i><sub>0</sub> = 0",
    "EquationsView|Output, at every step": "输出：每个时间步都有",
    "EquationsView|Backward through time, for t = T … 1, with δ<i>a</i><sub>T+1</sub> = 0":
        "随时间反向传播，t = T … 1，其中 δ<i>a</i><sub>T+1</sub> = 0",
    "EquationsView|Backward through time, for t = T … 1, with δ<i>a</i><sub>T+1</sub> = "
    "δ<i>c</i><sub>T+1</sub> = 0":
        "随时间反向传播，t = T … 1，其中 δ<i>a</i><sub>T+1</sub> = δ<i>c</i><sub>T+1</sub> = 0",
    "EquationsView|Backward through time, for t = T … 1, with everything at T+1 = 0":
        "随时间反向传播，t = T … 1，第 T+1 步的各量都取 0",
    "EquationsView|Weight gradients: sums over all steps": "权重梯度：对所有时间步求和",
    "EquationsView|Output layer": "输出层",
    "EquationsView|pre-activation": "预激活值",
    "EquationsView|<i>φ</i> = tanh, σ or ReLU": "<i>φ</i> = tanh、σ 或 ReLU",
    "EquationsView|output pre-activation (logits)": "输出层的预激活值（未归一化的分数）",
    "EquationsView|σ for bits, softmax for classes, identity for values":
        "二进制位用 σ，类别用 softmax，数值用恒等函数",
    "EquationsView|mean loss over the N scored steps": "N 个计分时间步上的平均损失",
    "EquationsView|from the output at t + from step t+1 (dh_next)":
        "来自第 t 步的输出 + 来自第 t+1 步（dh_next）",
    "EquationsView|cross-entropy heads (bits, classes)": "交叉熵输出（二进制位、类别）",
    "EquationsView|Stacked layers: layer l reads h_t of layer l−1 as its x_t, and "
    "δ<i>a</i><sup>y</sup><sub>t</sub> <i>W</i><sub>hy</sub><sup>⊤</sup> becomes the gradient "
    "from the layer above.":
        "堆叠多层时：第 l 层把第 l−1 层的 h_t 当作自己的 x_t，而 "
        "δ<i>a</i><sup>y</sup><sub>t</sub> <i>W</i><sub>hy</sub><sup>⊤</sup> "
        "换成来自上一层的梯度。",
    "EquationsView|argument of tanh in n_t": "n_t 中 tanh 的自变量",
    "EquationsView|reset gate": "重置门",
    "EquationsView|update gate": "更新门",
    "EquationsView|recurrent part of the candidate": "候选状态中的循环部分",
    "EquationsView|candidate state": "候选状态",
    "EquationsView|keep a share z of the old state": "按比例 z 保留旧状态",
    "EquationsView|the highway: scaled only by f": "高速通道：只被 f 缩放",
    "EquationsView|four blocks of H columns": "四个块，每块 H 列",
    "EquationsView|input gate": "输入门",
    "EquationsView|forget gate": "遗忘门",
    "EquationsView|block input (candidate)": "块输入（候选值）",
    "EquationsView|output gate": "输出门",
    "EquationsView|cell state: the highway": "细胞状态：高速通道",
    "EquationsView|back along the highway and the peepholes": "沿高速通道和窥孔连接传回",
    "EquationsView|input gate looks at the old cell": "输入门查看旧的细胞状态",
    "EquationsView|forget gate looks at the old cell": "遗忘门查看旧的细胞状态",
    "EquationsView|output gate looks at the new cell": "输出门查看新的细胞状态",
}
