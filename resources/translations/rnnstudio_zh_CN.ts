<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>HideControlsDialog</name>
        <message>
            <source>Hide controls</source>
            <translation>隐藏控件</translation>
        </message>
        <message>
            <source>Ticked settings disappear from the settings panels. The choice is saved in experiment files, so a class opens the experiment with only the controls the lesson needs.</source>
            <translation>勾选的设置项会从设置面板中隐藏。这个选择保存在实验文件里，学生打开实验时只会看到本节课需要的控件。</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>全部显示</translation>
        </message>
    </context>
    <context>
        <name>RunsPanel</name>
        <message>
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Cell</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Hidden</source>
            <translation>隐藏单元</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>层数</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>种子</translation>
        </message>
        <message>
            <source>Updates</source>
            <translation>更新次数</translation>
        </message>
        <message>
            <source>Final loss</source>
            <translation>最终损失</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <source>running</source>
            <translation>训练中</translation>
        </message>
        <message>
            <source>budget done</source>
            <translation>已达更新上限</translation>
        </message>
        <message>
            <source>goal reached</source>
            <translation>已达目标</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>diverged</source>
            <translation>已发散</translation>
        </message>
        <message>
            <source>opened</source>
            <translation>已打开</translation>
        </message>
        <message>
            <source>Export runs table</source>
            <translation>导出运行列表</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV 表格 (*.csv)</translation>
        </message>
        <message>
            <source>Could not save {0}: {1}</source>
            <translation>无法保存 {0}：{1}</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <source>Save this table (figures and every setting of each run) as a CSV file</source>
            <translation>把这张表（每次运行的结果和全部设置）保存为 CSV 文件</translation>
        </message>
        <message>
            <source>Clear old runs</source>
            <translation>清除旧的运行</translation>
        </message>
        <message>
            <source>Forget every run except the newest</source>
            <translation>只保留最新的一次运行</translation>
        </message>
        <message>
            <source>Tick runs to overlay their curves.</source>
            <translation>勾选运行即可叠加显示它们的曲线。</translation>
        </message>
        <message>
            <source>update</source>
            <translation>更新次数</translation>
        </message>
        <message>
            <source>loss (log scale)</source>
            <translation>损失（对数坐标）</translation>
        </message>
        <message>
            <source>Training loss</source>
            <translation>训练损失</translation>
        </message>
        <message>
            <source>metric</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Held-out metric</source>
            <translation>留出集指标</translation>
        </message>
        <message>
            <source>Overlay this run's curves</source>
            <translation>叠加显示这次运行的曲线</translation>
        </message>
        <message>
            <source>Run {0}</source>
            <translation>运行 {0}</translation>
        </message>
        <message>
            <source>Run {0}: {1}</source>
            <translation>运行 {0}：{1}</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>Cell</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>The recurrent unit: Elman (simple RNN), LSTM, LSTM with peephole connections, or GRU. Gated cells keep gradients alive over long gaps.</source>
            <translation>循环单元：Elman（简单循环网络）、LSTM、带窥孔连接的 LSTM 或 GRU。带门的单元能让梯度跨越很长的间隔而不消失。</translation>
        </message>
        <message>
            <source>Hidden units</source>
            <translation>隐藏单元</translation>
        </message>
        <message>
            <source>Size of the hidden state h_t: the network's memory. More units learn more but train slower.</source>
            <translation>隐藏状态 h_t 的大小，也就是网络的记忆。单元越多，能学的越多，但训练越慢。</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>层数</translation>
        </message>
        <message>
            <source>Stacked recurrent layers; each reads the hidden states of the one below.</source>
            <translation>堆叠的循环层；每一层读取下一层的隐藏状态。</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <source>Elman's nonlinearity phi in h_t = phi(x_t W_xh + h_{t-1} W_hh + b_h). Sigmoid is Trask's choice; tanh is zero-centred; ReLU can explode.</source>
            <translation>Elman 单元在 h_t = phi(x_t W_xh + h_{t-1} W_hh + b_h) 中的非线性函数 phi。Trask 的例子用 sigmoid；tanh 以零为中心；ReLU 可能发散。</translation>
        </message>
        <message>
            <source>Initialiser</source>
            <translation>初始化</translation>
        </message>
        <message>
            <source>Starting weights: uniform(-1, 1) as in Trask's adder, Glorot (scaled to the layer's size), or orthogonal recurrent weights.</source>
            <translation>初始权重：像 Trask 的加法器那样取 uniform(-1, 1)，按层大小缩放的 Glorot，或正交的循环权重。</translation>
        </message>
        <message>
            <source>Recurrent scale</source>
            <translation>循环权重缩放</translation>
        </message>
        <message>
            <source>Multiplies the initial recurrent weights. Large values make gradients explode, small ones make them vanish.</source>
            <translation>初始循环权重乘以这个系数。取值大会导致梯度爆炸，取值小会导致梯度消失。</translation>
        </message>
        <message>
            <source>Forget-gate bias</source>
            <translation>遗忘门偏置</translation>
        </message>
        <message>
            <source>Initial bias of the LSTM forget gate. Positive values start the cell remembering, which helps long dependencies.</source>
            <translation>LSTM 遗忘门的初始偏置。取正值时单元一开始就倾向于记住，有助于学习长期依赖。</translation>
        </message>
        <message>
            <source>Bit loss</source>
            <translation>比特损失</translation>
        </message>
        <message>
            <source>Loss on sigmoid outputs: binary cross-entropy, or squared error as in the seeds' binary adder.</source>
            <translation>sigmoid 输出上的损失：二元交叉熵，或像原始二进制加法器那样用平方误差。</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>What the network learns from sequences.</source>
            <translation>网络要从序列中学会什么。</translation>
        </message>
        <message>
            <source>Bits</source>
            <translation>位数</translation>
        </message>
        <message>
            <source>Length of the binary numbers added, least significant bit first.</source>
            <translation>相加的二进制数的位数，从最低位开始输入。</translation>
        </message>
        <message>
            <source>Target word</source>
            <translation>目标单词</translation>
        </message>
        <message>
            <source>Lower-case word to flag in a stream of random letters.</source>
            <translation>要在随机字母流中标记出来的小写单词。</translation>
        </message>
        <message>
            <source>Corpus</source>
            <translation>语料</translation>
        </message>
        <message>
            <source>UTF-8 text file to learn from; empty uses the bundled Shakespeare.</source>
            <translation>用来学习的 UTF-8 文本文件；留空则使用自带的莎士比亚文本。</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>温度</translation>
        </message>
        <message>
            <source>Sampling temperature: low is safe and repetitive, high is creative and noisy.</source>
            <translation>采样温度：低温稳妥但重复，高温有创意但杂乱。</translation>
        </message>
        <message>
            <source>Delay k</source>
            <translation>延迟 k</translation>
        </message>
        <message>
            <source>How many steps the network must hold a symbol before recalling it.</source>
            <translation>网络要把一个符号记住多少步之后再回忆出来。</translation>
        </message>
        <message>
            <source>Sequence length</source>
            <translation>序列长度</translation>
        </message>
        <message>
            <source>Time steps per training sequence (BPTT length).</source>
            <translation>每条训练序列的时间步数（BPTT 长度）。</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>序列类型</translation>
        </message>
        <message>
            <source>Noisy sine wave, or an ARMA(2, 1) process.</source>
            <translation>带噪声的正弦波，或 ARMA(2, 1) 过程。</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>噪声</translation>
        </message>
        <message>
            <source>Standard deviation of the noise added to the series.</source>
            <translation>加到序列上的噪声的标准差。</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <source>How gradients become weight changes.</source>
            <translation>梯度如何变成权重的改变量。</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <source>Step size of each update. Too high diverges; too low crawls.</source>
            <translation>每次更新的步长。太大会发散，太小则进展缓慢。</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>批大小</translation>
        </message>
        <message>
            <source>Sequences averaged per update: larger is smoother, smaller is noisier.</source>
            <translation>每次更新平均的序列条数：越大越平稳，越小噪声越大。</translation>
        </message>
        <message>
            <source>Update budget</source>
            <translation>更新次数上限</translation>
        </message>
        <message>
            <source>Stop after this many updates.</source>
            <translation>完成这么多次更新后停止。</translation>
        </message>
        <message>
            <source>Stop at metric</source>
            <translation>达到指标即停</translation>
        </message>
        <message>
            <source>Stop as soon as the held-out metric reaches this value.</source>
            <translation>留出集指标一达到这个值就停止。</translation>
        </message>
        <message>
            <source>Clipping</source>
            <translation>梯度裁剪</translation>
        </message>
        <message>
            <source>Gradient clipping: rescale by global norm, cut each value, or none.</source>
            <translation>梯度裁剪：按全局范数缩放、逐个数值截断，或不裁剪。</translation>
        </message>
        <message>
            <source>Clip threshold</source>
            <translation>裁剪阈值</translation>
        </message>
        <message>
            <source>Largest global gradient norm (or value) allowed per update.</source>
            <translation>每次更新允许的最大全局梯度范数（或数值）。</translation>
        </message>
        <message>
            <source>Truncate BPTT</source>
            <translation>截断 BPTT</translation>
        </message>
        <message>
            <source>Backpropagate through windows of k steps (0 = the whole sequence). The hidden state still carries across windows.</source>
            <translation>在每 k 步的窗口内做反向传播（0 表示整条序列）。隐藏状态仍然在窗口之间传递。</translation>
        </message>
        <message>
            <source>Evaluate every</source>
            <translation>评估间隔</translation>
        </message>
        <message>
            <source>Updates between held-out evaluations.</source>
            <translation>两次留出集评估之间的更新次数。</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>精度</translation>
        </message>
        <message>
            <source>float32 trains faster; float64 is for gradient checks.</source>
            <translation>float32 训练更快；float64 用于梯度检验。</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>种子</translation>
        </message>
        <message>
            <source>Seeds weights and data: the same seed gives the same run.</source>
            <translation>决定权重和数据的随机种子：种子相同，训练过程就相同。</translation>
        </message>
        <message>
            <source>Binary addition</source>
            <translation>二进制加法</translation>
        </message>
        <message>
            <source>Sequence detection</source>
            <translation>序列检测</translation>
        </message>
        <message>
            <source>Character language model</source>
            <translation>字符级语言模型</translation>
        </message>
        <message>
            <source>Delayed recall</source>
            <translation>延迟回忆</translation>
        </message>
        <message>
            <source>Adding problem</source>
            <translation>加和问题</translation>
        </message>
        <message>
            <source>Time-series forecasting</source>
            <translation>时间序列预测</translation>
        </message>
        <message>
            <source>Elman (simple RNN)</source>
            <translation>Elman（简单循环网络）</translation>
        </message>
        <message>
            <source>LSTM</source>
            <translation>LSTM</translation>
        </message>
        <message>
            <source>Peephole LSTM</source>
            <translation>窥孔 LSTM</translation>
        </message>
        <message>
            <source>GRU</source>
            <translation>GRU</translation>
        </message>
        <message>
            <source>tanh</source>
            <translation>tanh</translation>
        </message>
        <message>
            <source>sigmoid</source>
            <translation>sigmoid</translation>
        </message>
        <message>
            <source>ReLU</source>
            <translation>ReLU</translation>
        </message>
        <message>
            <source>Uniform (−1, 1)</source>
            <translation>均匀分布 (−1, 1)</translation>
        </message>
        <message>
            <source>Glorot</source>
            <translation>Glorot</translation>
        </message>
        <message>
            <source>Orthogonal</source>
            <translation>正交</translation>
        </message>
        <message>
            <source>SGD</source>
            <translation>SGD</translation>
        </message>
        <message>
            <source>SGD + momentum</source>
            <translation>SGD + 动量</translation>
        </message>
        <message>
            <source>RMSprop</source>
            <translation>RMSprop</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <source>None</source>
            <translation>不裁剪</translation>
        </message>
        <message>
            <source>Global norm</source>
            <translation>全局范数</translation>
        </message>
        <message>
            <source>Each value</source>
            <translation>逐个数值</translation>
        </message>
        <message>
            <source>Cross-entropy</source>
            <translation>交叉熵</translation>
        </message>
        <message>
            <source>Squared error</source>
            <translation>平方误差</translation>
        </message>
        <message>
            <source>float32</source>
            <translation>float32</translation>
        </message>
        <message>
            <source>float64</source>
            <translation>float64</translation>
        </message>
        <message>
            <source>Noisy sine</source>
            <translation>带噪正弦</translation>
        </message>
        <message>
            <source>ARMA(2, 1)</source>
            <translation>ARMA(2, 1)</translation>
        </message>
    </context>
    <context>
        <name>theme</name>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
    </context>
</TS>
