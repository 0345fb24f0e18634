<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AdditionPage</name>
        <message>
            <source>▶ Step through</source>
            <translation>▶ 逐步演示</translation>
        </message>
        <message>
            <source>Reveal the network's answer one bit (time step) at a time</source>
            <translation>每次揭示网络答案的一位（一个时间步）</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>全部显示</translation>
        </message>
        <message>
            <source>Numbers from 0 to {0}: the network adds {1}-bit numbers, reading one bit of a and one of b per time step, least significant bit first (t = 1 is the 2⁰ column), and writes one bit of the sum per step. The carry has to live in its hidden state.</source>
            <translation>可输入 0 到 {0} 之间的数：网络做 {1} 位二进制加法，每个时间步读入 a 的一位和 b 的一位，从最低位开始（t = 1 对应 2⁰ 位），每步写出和的一位。进位只能保存在它的隐藏状态里。</translation>
        </message>
        <message>
            <source>step t</source>
            <translation>时间步 t</translation>
        </message>
        <message>
            <source>a bit</source>
            <translation>a 的位</translation>
        </message>
        <message>
            <source>b bit</source>
            <translation>b 的位</translation>
        </message>
        <message>
            <source>carry in (true)</source>
            <translation>进位（真实值）</translation>
        </message>
        <message>
            <source>p(sum bit = 1)</source>
            <translation>p(和的该位 = 1)</translation>
        </message>
        <message>
            <source>network bit</source>
            <translation>网络给出的位</translation>
        </message>
        <message>
            <source>true bit</source>
            <translation>正确的位</translation>
        </message>
        <message>
            <source>… step {0} of {1}: the sum bits so far are {2}</source>
            <translation>… 第 {0} 步（共 {1} 步）：目前得到的和（高位在左）是 {2}</translation>
        </message>
        <message>
            <source>✓ right</source>
            <translation>✓ 正确</translation>
        </message>
        <message>
            <source>✗ wrong (true sum {0})</source>
            <translation>✗ 错误（正确的和是 {0}）</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss this message</source>
            <translation>关闭这条消息</translation>
        </message>
    </context>
    <context>
        <name>CellDiagram</name>
        <message>
            <source>next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>one layer mixes input and memory</source>
            <translation>一层网络把输入和记忆混合在一起</translation>
        </message>
        <message>
            <source>gates guard a cell state carried by addition</source>
            <translation>门守护着靠加法传递的细胞状态</translation>
        </message>
        <message>
            <source>gates also peek at the cell state (dashed)</source>
            <translation>门还会窥视细胞状态（虚线）</translation>
        </message>
        <message>
            <source>an update gate blends old state and candidate</source>
            <translation>更新门把旧状态和候选状态混合起来</translation>
        </message>
        <message>
            <source>How one time step of the cell computes h_t (and c_t) from x_t and the previous state.</source>
            <translation>单元在一个时间步里如何由 x_t 和上一步的状态算出 h_t（以及 c_t）。</translation>
        </message>
        <message>
            <source>{0} layers</source>
            <translation>{0} 层</translation>
        </message>
        <message>
            <source>stacked: each layer's h feeds the next layer</source>
            <translation>堆叠：每层的 h 送入下一层</translation>
        </message>
    </context>
    <context>
        <name>ChallengesPanel</name>
        <message>
            <source>Challenges</source>
            <translation>挑战</translation>
        </message>
        <message>
            <source>Gallery of failures</source>
            <translation>失败案例集</translation>
        </message>
        <message>
            <source>Open file…</source>
            <translation>打开文件…</translation>
        </message>
        <message>
            <source>Add a challenge file (JSON) an instructor handed out</source>
            <translation>添加教师发给你的挑战文件（JSON）</translation>
        </message>
        <message>
            <source>Load challenge</source>
            <translation>载入挑战</translation>
        </message>
        <message>
            <source>Load the fix</source>
            <translation>载入修正</translation>
        </message>
        <message>
            <source>Check my run</source>
            <translation>检查我的运行</translation>
        </message>
        <message>
            <source>Check the current run (its settings and history) against this challenge</source>
            <translation>用这个挑战检查当前的运行（它的设置和历史）</translation>
        </message>
        <message>
            <source>Challenges could not be loaded: {0}</source>
            <translation>无法载入挑战：{0}</translation>
        </message>
        <message>
            <source>There is no run to check yet: load the challenge and train it.</source>
            <translation>还没有可以检查的运行：请载入挑战并训练它。</translation>
        </message>
        <message>
            <source>{0} Passed: {1}</source>
            <translation>{0} 通过：{1}</translation>
        </message>
        <message>
            <source>Not passed yet: {0}</source>
            <translation>尚未通过：{0}</translation>
        </message>
        <message>
            <source>Open a challenge</source>
            <translation>打开挑战</translation>
        </message>
        <message>
            <source>Challenges (*.json)</source>
            <translation>挑战 (*.json)</translation>
        </message>
        <message>
            <source>{0} of {1} challenges passed</source>
            <translation>已通过 {0} / {1} 个挑战</translation>
        </message>
        <message>
            <source>Load the broken set-up</source>
            <translation>载入出错的设置</translation>
        </message>
        <message>
            <source>What goes wrong</source>
            <translation>出了什么问题</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>The fix to try</source>
            <translation>可以尝试的修正</translation>
        </message>
        <message>
            <source>What to look at</source>
            <translation>要观察什么</translation>
        </message>
        <message>
            <source>Hint</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>Starting settings</source>
            <translation>起始设置</translation>
        </message>
        <message>
            <source>At most {0} updates. Load it, train it (Space), then press Check my run.</source>
            <translation>最多 {0} 次更新。载入它，训练它（空格键），然后按“检查我的运行”。</translation>
        </message>
        <message>
            <source>{0} You passed this one.</source>
            <translation>{0} 你已通过这一项。</translation>
        </message>
    </context>
    <context>
        <name>CharPage</name>
        <message>
            <source>start the text here (may be empty)</source>
            <translation>在这里写下文本的开头（可以留空）</translation>
        </message>
        <message>
            <source>Divides the logits before sampling. Low: safe and repetitive. High: adventurous and noisy.</source>
            <translation>采样前，softmax 的输入分数要先除以温度。温度低：稳妥但容易重复；温度高：大胆但杂乱。</translation>
        </message>
        <message>
            <source>How many characters to generate after the prefix</source>
            <translation>在开头之后生成多少个字符</translation>
        </message>
        <message>
            <source>Same seed, same text; change it for another sample</source>
            <translation>种子相同，生成的文本就相同；换一个种子可以得到另一段样本</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>Prefix</source>
            <translation>开头</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>温度</translation>
        </message>
        <message>
            <source>Characters</source>
            <translation>字符数</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>种子</translation>
        </message>
        <message>
            <source>Prefix: {0} never occurs in the corpus, so the network cannot read it. Remove it.</source>
            <translation>开头：{0} 在语料中从未出现，网络无法读取它。请把它删掉。</translation>
        </message>
        <message>
            <source>Prefix: {0} never occurs in the corpus and is read as {1}.</source>
            <translation>开头：{0} 在语料中从未出现，将被当作 {1} 读取。</translation>
        </message>
        <message>
            <source>After the prefix the network expects (temperature {0}):</source>
            <translation>读完开头后，网络认为下一个字符可能是（温度 {0}）：</translation>
        </message>
    </context>
    <context>
        <name>CircuitView</name>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; — step t = {1}, unit {2} of {3} (gradients)</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; — 时间步 t = {1}，单元 {2}（共 {3} 个），梯度</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; — step t = {1}, unit {2} of {3} (values)</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; — 时间步 t = {1}，单元 {2}（共 {3} 个），数值</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; — layer {4}, step t = {1}, unit {2} of {3} (gradients)</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; — 第 {4} 层，时间步 t = {1}，单元 {2}（共 {3} 个），梯度</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt; — layer {4}, step t = {1}, unit {2} of {3} (values)</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; — 第 {4} 层，时间步 t = {1}，单元 {2}（共 {3} 个），数值</translation>
        </message>
        <message>
            <source>cell state: the highway</source>
            <translation>细胞状态：高速通道</translation>
        </message>
        <message>
            <source>from x&lt;sub&gt;t&lt;/sub&gt; and h&lt;sub&gt;t−1&lt;/sub&gt; (× W&lt;sub&gt;x&lt;/sub&gt;, W&lt;sub&gt;h&lt;/sub&gt;, + b)</source>
            <translation>来自 x&lt;sub&gt;t&lt;/sub&gt; 和 h&lt;sub&gt;t−1&lt;/sub&gt;（× W&lt;sub&gt;x&lt;/sub&gt;、W&lt;sub&gt;h&lt;/sub&gt;，+ b）</translation>
        </message>
        <message>
            <source>σ forget</source>
            <translation>σ 遗忘门</translation>
        </message>
        <message>
            <source>σ input</source>
            <translation>σ 输入门</translation>
        </message>
        <message>
            <source>tanh block input</source>
            <translation>tanh 候选值</translation>
        </message>
        <message>
            <source>σ output</source>
            <translation>σ 输出门</translation>
        </message>
        <message>
            <source>σ forget  f = {0}</source>
            <translation>σ 遗忘门  f = {0}</translation>
        </message>
        <message>
            <source>σ input  i = {0}</source>
            <translation>σ 输入门  i = {0}</translation>
        </message>
        <message>
            <source>tanh  g = {0}</source>
            <translation>tanh 候选值  g = {0}</translation>
        </message>
        <message>
            <source>σ output  o = {0}</source>
            <translation>σ 输出门  o = {0}</translation>
        </message>
        <message>
            <source>back to t−1</source>
            <translation>传回 t−1</translation>
        </message>
        <message>
            <source>from t+1</source>
            <translation>来自 t+1</translation>
        </message>
        <message>
            <source>σ reset</source>
            <translation>σ 重置门</translation>
        </message>
        <message>
            <source>σ update</source>
            <translation>σ 更新门</translation>
        </message>
        <message>
            <source>tanh candidate</source>
            <translation>tanh 候选状态</translation>
        </message>
        <message>
            <source>σ reset  r = {0}</source>
            <translation>σ 重置门  r = {0}</translation>
        </message>
        <message>
            <source>σ update  z = {0}</source>
            <translation>σ 更新门  z = {0}</translation>
        </message>
        <message>
            <source>tanh  n = {0}</source>
            <translation>tanh 候选状态  n = {0}</translation>
        </message>
        <message>
            <source>back to t−1 directly: δh&lt;sub&gt;t&lt;/sub&gt;⊙z&lt;sub&gt;t&lt;/sub&gt;</source>
            <translation>直接传回 t−1：δh&lt;sub&gt;t&lt;/sub&gt;⊙z&lt;sub&gt;t&lt;/sub&gt;</translation>
        </message>
        <message>
            <source>from x&lt;sub&gt;t&lt;/sub&gt; and h&lt;sub&gt;t−1&lt;/sub&gt;</source>
            <translation>来自 x&lt;sub&gt;t&lt;/sub&gt; 和 h&lt;sub&gt;t−1&lt;/sub&gt;</translation>
        </message>
        <message>
            <source>from above</source>
            <translation>来自上方</translation>
        </message>
        <message>
            <source>δa&lt;sub&gt;t&lt;/sub&gt; goes back through W&lt;sub&gt;hh&lt;/sub&gt; to step t−1&lt;br&gt;and into ∂L/∂W&lt;sub&gt;hh&lt;/sub&gt;, ∂L/∂W&lt;sub&gt;xh&lt;/sub&gt;, ∂L/∂b&lt;sub&gt;h&lt;/sub&gt;</source>
            <translation>δa&lt;sub&gt;t&lt;/sub&gt; 经 W&lt;sub&gt;hh&lt;/sub&gt; 传回第 t−1 步，&lt;br&gt;并累加到 ∂L/∂W&lt;sub&gt;hh&lt;/sub&gt;、∂L/∂W&lt;sub&gt;xh&lt;/sub&gt;、∂L/∂b&lt;sub&gt;h&lt;/sub&gt;</translation>
        </message>
    </context>
    <context>
        <name>ClassifyPage</name>
        <message>
            <source>tokens separated by spaces</source>
            <translation>用空格分隔的词</translation>
        </message>
        <message>
            <source>Held-out example</source>
            <translation>验证集示例</translation>
        </message>
        <message>
            <source>A sequence the network never trained on</source>
            <translation>网络从未训练过的一个序列</translation>
        </message>
        <message>
            <source>Sequence</source>
            <translation>序列</translation>
        </message>
        <message>
            <source>numbers separated by spaces</source>
            <translation>用空格分隔的数字</translation>
        </message>
        <message>
            <source>The network reads the whole sequence, then names its class: {0}. Type {1} and see the probability of each class after the last one.</source>
            <translation>网络读完整个序列后说出它的类别：{0}。输入{1}，看看读完最后一个之后每个类别的概率。</translation>
        </message>
        <message>
            <source>Type a sequence.</source>
            <translation>请输入一个序列。</translation>
        </message>
        <message>
            <source>Not a number: {0}</source>
            <translation>不是数字：{0}</translation>
        </message>
        <message>
            <source>class</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>probability</source>
            <translation>概率</translation>
        </message>
        <message>
            <source>Not in the training vocabulary (read as unknown): {0}</source>
            <translation>不在训练词表中（按未知词读取）：{0}</translation>
        </message>
        <message>
            <source>The network says {0} (p = {1}).</source>
            <translation>网络认为是 {0}（p = {1}）。</translation>
        </message>
        <message>
            <source>True class: {0}</source>
            <translation>真实类别：{0}</translation>
        </message>
    </context>
    <context>
        <name>CliffView</name>
        <message>
            <source>α along −∇L / ‖∇L‖</source>
            <translation>沿 −∇L / ‖∇L‖ 方向的 α</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>Loss along the gradient</source>
            <translation>沿梯度方向的损失</translation>
        </message>
        <message>
            <source>earlier weights</source>
            <translation>之前的权重</translation>
        </message>
        <message>
            <source>now</source>
            <translation>现在</translation>
        </message>
        <message>
            <source>next step, not clipped</source>
            <translation>下一步（不裁剪）</translation>
        </message>
        <message>
            <source>next step, clipped</source>
            <translation>下一步（裁剪后）</translation>
        </message>
        <message>
            <source>β along a random direction</source>
            <translation>沿一个随机方向的 β</translation>
        </message>
        <message>
            <source>Loss around the weights (2-D slice)</source>
            <translation>权重周围的损失（二维切片）</translation>
        </message>
        <message>
            <source>log₁₀ of loss / loss now</source>
            <translation>log₁₀（损失 / 当前损失）</translation>
        </message>
        <message>
            <source>w</source>
            <translation>w</translation>
        </message>
        <message>
            <source>h_T</source>
            <translation>h_T</translation>
        </message>
        <message>
            <source>One unit: h_t = σ(w·h_{t−1} + b)</source>
            <translation>单个单元：h_t = σ(w·h_{t−1} + b)</translation>
        </message>
        <message>
            <source>Drag the red line: your w = {0:.2f} gives h_T = {1:.3f} (b = {2:g}). Near the jump a tiny change of w changes h_T completely: that is the cliff.</source>
            <translation>拖动红线：你的 w = {0:.2f} 得到 h_T = {1:.3f}（b = {2:g}）。在跳变附近，w 的微小变化就会彻底改变 h_T：这就是悬崖。</translation>
        </message>
        <message>
            <source>‖∇L‖ = {0:.3g}. A steep wall along the gradient is a cliff: the unclipped step can jump over it or far away; clipping keeps the step short.</source>
            <translation>‖∇L‖ = {0:.3g}。沿梯度方向的陡壁就是悬崖：不裁剪的一步可能越过它或飞得很远；裁剪让步子保持短小。</translation>
        </message>
    </context>
    <context>
        <name>ConfusionView</name>
        <message>
            <source>network's answer</source>
            <translation>网络的回答</translation>
        </message>
        <message>
            <source>true class</source>
            <translation>真实类别</translation>
        </message>
        <message>
            <source>Confusion matrix (held-out)</source>
            <translation>混淆矩阵（验证集）</translation>
        </message>
        <message>
            <source>share of the true class</source>
            <translation>占真实类别的比例</translation>
        </message>
        <message>
            <source>Train to see which classes the network tells apart and which it mixes up.</source>
            <translation>训练后可以看到网络能分清哪些类别、又把哪些类别弄混。</translation>
        </message>
        <message>
            <source>update {0}: {1} of {2} held-out sequences classified right ({3})</source>
            <translation>第 {0} 次更新：{2} 个验证序列中分对了 {1} 个（{3}）</translation>
        </message>
        <message>
            <source>true {0}, answered {1}: {2} of {3}</source>
            <translation>真实 {0}，回答 {1}：{3} 个中的 {2} 个</translation>
        </message>
    </context>
    <context>
        <name>ContributionsView</name>
        <message>
            <source>Row t: how much the loss at output step t reaches each earlier step k. Click a row to shade the inputs that output depends on.</source>
            <translation>第 t 行：输出时间步 t 的损失有多少传到了之前的每个时间步 k。点击一行，下方会按该输出对各输入的依赖程度着色。</translation>
        </message>
        <message>
            <source>earlier step k</source>
            <translation>之前的时间步 k</translation>
        </message>
        <message>
            <source>output step t</source>
            <translation>输出时间步 t</translation>
        </message>
        <message>
            <source>Contributions ‖∂L_t/∂h_k‖</source>
            <translation>梯度贡献 ‖∂L_t/∂h_k‖</translation>
        </message>
        <message>
            <source>log₁₀ of C / max C</source>
            <translation>C / max C 的 log₁₀</translation>
        </message>
        <message>
            <source>input step k</source>
            <translation>输入时间步 k</translation>
        </message>
        <message>
            <source>input</source>
            <translation>输入</translation>
        </message>
        <message>
            <source>Inputs shaded by ‖∂y_t/∂x_k‖</source>
            <translation>按 ‖∂y_t/∂x_k‖ 着色的输入</translation>
        </message>
        <message>
            <source>Output step {0}: inputs shaded by how much they change it.</source>
            <translation>输出时间步 {0}：按各输入对它的影响大小着色。</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>{0} is not available in this build ({1})</source>
            <translation>此版本中没有 {0}（{1}）</translation>
        </message>
        <message>
            <source>cannot read {0}: {1}</source>
            <translation>无法读取 {0}：{1}</translation>
        </message>
        <message>
            <source>The training process ended unexpectedly ({0}); press Reset to start a new one. The runs of this session are kept.</source>
            <translation>训练进程意外结束（{0}）；按“重置”可启动一个新的训练进程。本次会话的各次运行都会保留。</translation>
        </message>
        <message>
            <source>The engine stopped with an error; press Reset.
{0}</source>
            <translation>引擎出错停止了；请按“重置”。
{0}</translation>
        </message>
    </context>
    <context>
        <name>CorpusPreview</name>
        <message>
            <source>{0}: {1} characters, {2} distinct: the network reads and predicts one of {2} symbols per step; the last 10 % is held out</source>
            <translation>{0}：{1} 个字符，{2} 种不同的字符：网络每一步读入并预测 {2} 种符号中的一种；最后 10 % 留作验证</translation>
        </message>
        <message>
            <source>(past {0} distinct characters the rarest are read as one symbol, {1}: {2} places)</source>
            <translation>（超过 {0} 种字符时，最少见的字符都读作同一个符号 {1}：共 {2} 处）</translation>
        </message>
        <message>
            <source>and {0} more</source>
            <translation>另有 {0} 种</translation>
        </message>
        <message>
            <source>Most frequent:</source>
            <translation>最常见：</translation>
        </message>
        <message>
            <source>Begins:</source>
            <translation>开头：</translation>
        </message>
    </context>
    <context>
        <name>DataPreview</name>
        <message>
            <source>comma</source>
            <translation>逗号</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>制表符</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>分号</translation>
        </message>
        <message>
            <source>time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>{0}: {1} rows, {2} columns ({3} separated)</source>
            <translation>{0}：{1} 行，{2} 列（{3}分隔）</translation>
        </message>
        <message>
            <source>{0}: {1} sequences in {2} classes ({3}); {4} held out</source>
            <translation>{0}：{1} 个序列，{2} 个类别（{3}）；{4} 个留作验证</translation>
        </message>
        <message>
            <source>label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>sequence</source>
            <translation>序列</translation>
        </message>
        <message>
            <source>training: {0} to {1} ({2} values)</source>
            <translation>训练：{0} 至 {1}（{2} 个值）</translation>
        </message>
        <message>
            <source>held out: {0} to {1} ({2} values), never trained on</source>
            <translation>留出：{0} 至 {1}（{2} 个值），从不用于训练</translation>
        </message>
        <message>
            <source>row</source>
            <translation>行</translation>
        </message>
    </context>
    <context>
        <name>DetectionPage</name>
        <message>
            <source>lower-case letters a–z</source>
            <translation>小写字母 a–z</translation>
        </message>
        <message>
            <source>Random letters with the word</source>
            <translation>含目标词的随机字母</translation>
        </message>
        <message>
            <source>Random letters with the word hidden among them</source>
            <translation>生成一串随机字母，目标词藏在其中</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>字母</translation>
        </message>
        <message>
            <source>The network raises a flag when the word “{0}” has just been read. Type letters (a–z) and see the flag probability after each one; ▲ marks a raised flag (p &gt; 0.5), ✓ where the word really ends.</source>
            <translation>网络刚读完单词“{0}”时应当举旗。输入字母（a–z），查看每个字母之后的举旗概率；▲ 表示网络举旗（p &gt; 0.5），✓ 表示单词真正结束的位置。</translation>
        </message>
        <message>
            <source>Type some letters.</source>
            <translation>请输入一些字母。</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>字母</translation>
        </message>
        <message>
            <source>p(flag)</source>
            <translation>p(举旗)</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>举旗</translation>
        </message>
        <message>
            <source>word ends</source>
            <translation>单词结束</translation>
        </message>
        <message>
            <source>The word ends {0} time(s); the network caught {1} and raised {2} false alarm(s).</source>
            <translation>单词共结束 {0} 次；网络抓住了 {1} 次，误报 {2} 次。</translation>
        </message>
    </context>
    <context>
        <name>DockTitle</name>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Save this panel as a PNG or SVG image</source>
            <translation>把这个面板保存为 PNG 或 SVG 图片</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>导出 PNG…</translation>
        </message>
        <message>
            <source>Export SVG…</source>
            <translation>导出 SVG…</translation>
        </message>
        <message>
            <source>Float / dock this panel</source>
            <translation>浮动 / 停靠这个面板</translation>
        </message>
        <message>
            <source>Hide this panel (View menu shows it again)</source>
            <translation>隐藏这个面板（可在“视图”菜单中重新显示）</translation>
        </message>
    </context>
    <context>
        <name>EquationsView</name>
        <message>
            <source>Elman network (simple RNN)</source>
            <translation>Elman 网络（简单循环神经网络）</translation>
        </message>
        <message>
            <source>LSTM with peepholes</source>
            <translation>带窥孔的 LSTM</translation>
        </message>
        <message>
            <source>Forward, for t = 1 … T</source>
            <translation>前向计算，t = 1 … T</translation>
        </message>
        <message>
            <source>Forward, for t = 1 … T, with &lt;i&gt;h&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; = 0</source>
            <translation>前向计算，t = 1 … T，初值 &lt;i&gt;h&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; = 0</translation>
        </message>
        <message>
            <source>Forward, for t = 1 … T, with &lt;i&gt;h&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; = &lt;i&gt;c&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; = 0</source>
            <translation>前向计算，t = 1 … T，初值 &lt;i&gt;h&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; = &lt;i&gt;c&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; = 0</translation>
        </message>
        <message>
            <source>Output, at every step</source>
            <translation>输出：每个时间步都有</translation>
        </message>
        <message>
            <source>Backward through time, for t = T … 1, with δ&lt;i&gt;a&lt;/i&gt;&lt;sub&gt;T+1&lt;/sub&gt; = 0</source>
            <translation>随时间反向传播，t = T … 1，其中 δ&lt;i&gt;a&lt;/i&gt;&lt;sub&gt;T+1&lt;/sub&gt; = 0</translation>
        </message>
        <message>
            <source>Backward through time, for t = T … 1, with δ&lt;i&gt;a&lt;/i&gt;&lt;sub&gt;T+1&lt;/sub&gt; = δ&lt;i&gt;c&lt;/i&gt;&lt;sub&gt;T+1&lt;/sub&gt; = 0</source>
            <translation>随时间反向传播，t = T … 1，其中 δ&lt;i&gt;a&lt;/i&gt;&lt;sub&gt;T+1&lt;/sub&gt; = δ&lt;i&gt;c&lt;/i&gt;&lt;sub&gt;T+1&lt;/sub&gt; = 0</translation>
        </message>
        <message>
            <source>Backward through time, for t = T … 1, with everything at T+1 = 0</source>
            <translation>随时间反向传播，t = T … 1，第 T+1 步的各量都取 0</translation>
        </message>
        <message>
            <source>Weight gradients: sums over all steps</source>
            <translation>权重梯度：对所有时间步求和</translation>
        </message>
        <message>
            <source>Output layer</source>
            <translation>输出层</translation>
        </message>
        <message>
            <source>pre-activation</source>
            <translation>预激活值</translation>
        </message>
        <message>
            <source>&lt;i&gt;φ&lt;/i&gt; = tanh, σ or ReLU</source>
            <translation>&lt;i&gt;φ&lt;/i&gt; = tanh、σ 或 ReLU</translation>
        </message>
        <message>
            <source>output pre-activation (logits)</source>
            <translation>输出层的预激活值（未归一化的分数）</translation>
        </message>
        <message>
            <source>σ for bits, softmax for classes, identity for values</source>
            <translation>二进制位用 σ，类别用 softmax，数值用恒等函数</translation>
        </message>
        <message>
            <source>mean loss over the N scored steps</source>
            <translation>N 个计分时间步上的平均损失</translation>
        </message>
        <message>
            <source>from the output at t + from step t+1 (dh_next)</source>
            <translation>来自第 t 步的输出 + 来自第 t+1 步（dh_next）</translation>
        </message>
        <message>
            <source>cross-entropy heads (bits, classes)</source>
            <translation>交叉熵输出（二进制位、类别）</translation>
        </message>
        <message>
            <source>Stacked layers: layer l reads h_t of layer l−1 as its x_t, and δ&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;y&lt;/sup&gt;&lt;sub&gt;t&lt;/sub&gt; &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hy&lt;/sub&gt;&lt;sup&gt;⊤&lt;/sup&gt; becomes the gradient from the layer above.</source>
            <translation>堆叠多层时：第 l 层把第 l−1 层的 h_t 当作自己的 x_t，而 δ&lt;i&gt;a&lt;/i&gt;&lt;sup&gt;y&lt;/sup&gt;&lt;sub&gt;t&lt;/sub&gt; &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hy&lt;/sub&gt;&lt;sup&gt;⊤&lt;/sup&gt; 换成来自上一层的梯度。</translation>
        </message>
        <message>
            <source>argument of tanh in n_t</source>
            <translation>n_t 中 tanh 的自变量</translation>
        </message>
        <message>
            <source>reset gate</source>
            <translation>重置门</translation>
        </message>
        <message>
            <source>update gate</source>
            <translation>更新门</translation>
        </message>
        <message>
            <source>recurrent part of the candidate</source>
            <translation>候选状态中的循环部分</translation>
        </message>
        <message>
            <source>keep a share z of the old state</source>
            <translation>按比例 z 保留旧状态</translation>
        </message>
        <message>
            <source>the highway: scaled only by f</source>
            <translation>高速通道：只被 f 缩放</translation>
        </message>
        <message>
            <source>four blocks of H columns</source>
            <translation>四个块，每块 H 列</translation>
        </message>
        <message>
            <source>input gate</source>
            <translation>输入门</translation>
        </message>
        <message>
            <source>forget gate</source>
            <translation>遗忘门</translation>
        </message>
        <message>
            <source>block input (candidate)</source>
            <translation>块输入（候选值）</translation>
        </message>
        <message>
            <source>output gate</source>
            <translation>输出门</translation>
        </message>
        <message>
            <source>cell state: the highway</source>
            <translation>细胞状态：高速通道</translation>
        </message>
        <message>
            <source>back along the highway and the peepholes</source>
            <translation>沿高速通道和窥孔连接传回</translation>
        </message>
        <message>
            <source>input gate looks at the old cell</source>
            <translation>输入门查看旧的细胞状态</translation>
        </message>
        <message>
            <source>forget gate looks at the old cell</source>
            <translation>遗忘门查看旧的细胞状态</translation>
        </message>
        <message>
            <source>output gate looks at the new cell</source>
            <translation>输出门查看新的细胞状态</translation>
        </message>
        <message>
            <source>input at step t (a row vector); t = 1 … T</source>
            <translation>第 t 步的输入（行向量）；t = 1 … T</translation>
        </message>
        <message>
            <source>hidden state after step t; &lt;i&gt;h&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; = 0</source>
            <translation>第 t 步之后的隐藏状态；&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; = 0</translation>
        </message>
        <message>
            <source>target and the network's output at step t</source>
            <translation>第 t 步的目标值和网络输出</translation>
        </message>
        <message>
            <source>1 if step t is scored, else 0; number of scored steps</source>
            <translation>第 t 步计分时为 1，否则为 0；计分的步数</translation>
        </message>
        <message>
            <source>∂L/∂v, the total gradient of the loss (dv in the code)</source>
            <translation>∂L/∂v，损失对 v 的总梯度（代码中的 dv）</translation>
        </message>
        <message>
            <source>element-wise product</source>
            <translation>逐元素乘积</translation>
        </message>
        <message>
            <source>logistic sigmoid 1 / (1 + e&lt;sup&gt;−a&lt;/sup&gt;) and hyperbolic tangent</source>
            <translation>S 型函数 sigmoid 1 / (1 + e&lt;sup&gt;−a&lt;/sup&gt;) 与双曲正切函数</translation>
        </message>
        <message>
            <source>cell state after step t; &lt;i&gt;c&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; = 0</source>
            <translation>第 t 步之后的细胞状态；&lt;i&gt;c&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; = 0</translation>
        </message>
        <message>
            <source>input, forget and output gates, between 0 and 1</source>
            <translation>输入门、遗忘门和输出门，取值在 0 与 1 之间</translation>
        </message>
        <message>
            <source>block input: the candidate written to the cell</source>
            <translation>块输入：准备写入细胞的候选值</translation>
        </message>
        <message>
            <source>input weights (n_in × 4H), recurrent weights (H × 4H), bias</source>
            <translation>输入权重（n_in × 4H）、循环权重（H × 4H）、偏置</translation>
        </message>
        <message>
            <source>output weights and bias</source>
            <translation>输出层的权重和偏置</translation>
        </message>
        <message>
            <source>pre-activation of the hidden units</source>
            <translation>隐藏单元的预激活值</translation>
        </message>
        <message>
            <source>input weights, recurrent weights, hidden bias</source>
            <translation>输入权重、循环权重、隐藏层偏置</translation>
        </message>
        <message>
            <source>activation function (tanh, sigmoid or ReLU)</source>
            <translation>激活函数（tanh、sigmoid 或 ReLU）</translation>
        </message>
        <message>
            <source>pre-activations of the four blocks</source>
            <translation>四个块的预激活值</translation>
        </message>
        <message>
            <source>pre-activations of the four blocks (without peepholes)</source>
            <translation>四个块的预激活值（不含窥孔项）</translation>
        </message>
        <message>
            <source>peephole weights: one per unit (element-wise, diagonal)</source>
            <translation>窥孔权重：每个单元一个（逐元素相乘，相当于对角矩阵）</translation>
        </message>
        <message>
            <source>reset and update gates, between 0 and 1</source>
            <translation>重置门和更新门，取值在 0 与 1 之间</translation>
        </message>
        <message>
            <source>candidate state</source>
            <translation>候选状态</translation>
        </message>
        <message>
            <source>recurrent part of the candidate (hn_t in the code)</source>
            <translation>候选状态中的循环部分（代码中的 hn_t）</translation>
        </message>
        <message>
            <source>arguments of σ, σ and tanh in &lt;i&gt;r&lt;/i&gt;&lt;sub&gt;t&lt;/sub&gt;, &lt;i&gt;z&lt;/i&gt;&lt;sub&gt;t&lt;/sub&gt;, &lt;i&gt;n&lt;/i&gt;&lt;sub&gt;t&lt;/sub&gt;</source>
            <translation>&lt;i&gt;r&lt;/i&gt;&lt;sub&gt;t&lt;/sub&gt;、&lt;i&gt;z&lt;/i&gt;&lt;sub&gt;t&lt;/sub&gt;、&lt;i&gt;n&lt;/i&gt;&lt;sub&gt;t&lt;/sub&gt; 中 σ、σ 和 tanh 各自的自变量</translation>
        </message>
        <message>
            <source>input weights (n_in × 3H) and bias, blocks r, z, n</source>
            <translation>输入权重（n_in × 3H）和偏置，按 r、z、n 分块</translation>
        </message>
        <message>
            <source>recurrent weights (H × 3H); bias of the candidate's recurrent part</source>
            <translation>循环权重（H × 3H）；候选状态循环部分的偏置</translation>
        </message>
        <message>
            <source>Show the equations of another cell</source>
            <translation>显示另一种单元的公式</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>适应宽度</translation>
        </message>
        <message>
            <source>Scale the equations to the panel's width</source>
            <translation>按面板宽度缩放公式</translation>
        </message>
        <message>
            <source>Large</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Bigger equations, for a projector</source>
            <translation>放大公式，便于投影</translation>
        </message>
        <message>
            <source>Cell:</source>
            <translation>单元：</translation>
        </message>
        <message>
            <source>Symbols</source>
            <translation>符号</translation>
        </message>
        <message>
            <source>No equations for the cell {0}; available: {1}.</source>
            <translation>没有单元 {0} 的公式；可用的有：{1}。</translation>
        </message>
        <message>
            <source>Could not load the equation images (is the installation complete?): {0}</source>
            <translation>无法载入公式图片（安装是否完整？）：{0}</translation>
        </message>
    </context>
    <context>
        <name>ExamplePage</name>
        <message>
            <source>Delayed recall: the network sees a symbol (A–D), then a gap of blanks with static, and must say the symbol again exactly k steps after it appeared. Only the recalled symbol is scored; guessing is right one time in four.</source>
            <translation>延迟回忆：网络先看到一个符号（A–D），接着是一段夹杂噪声的空白，它必须在这个符号出现整整 k 步之后把它再说一遍。只有回忆出的符号计分；瞎猜的话，四次只能猜对一次。</translation>
        </message>
        <message>
            <source>The adding problem: two of the numbers in a long stream are marked; at the end the network must output their sum. It has to notice the marks and hold the two numbers through everything else.</source>
            <translation>加和问题：一长串数字中有两个被标记；序列结束时，网络必须输出这两个数的和。它得注意到标记，并在其余输入不断到来时一直记住这两个数。</translation>
        </message>
        <message>
            <source>Forecasting: the network reads a noisy series one value at a time and predicts the next value. It learns the rhythm (sine) or the dependence on recent values (ARMA, or the series of your data file) from examples.</source>
            <translation>时间序列预测：网络逐个读入一条带噪声的序列，并预测下一个值。它从样例中学会序列的节奏（正弦）或对最近几个值的依赖关系（ARMA，或你的数据文件中的序列）。</translation>
        </message>
        <message>
            <source>Another held-out example</source>
            <translation>换一个留出集样例</translation>
        </message>
        <message>
            <source>A random sequence from the held-out set, which the network never trained on</source>
            <translation>从留出集中随机取一条序列，网络从未在它上面训练过</translation>
        </message>
        <message>
            <source>{0}: the network's answer on an example it never trained on.</source>
            <translation>{0}：网络在一个从未训练过的样例上给出的回答。</translation>
        </message>
        <message>
            <source>{0} Typing your own input is available for addition, the character model and sequence detection.</source>
            <translation>{0}（二进制加法、字符级语言模型和序列检测这三个任务可以自己输入内容。）</translation>
        </message>
        <message>
            <source>Held-out example {0} of {1}</source>
            <translation>留出集样例 {0} / {1}</translation>
        </message>
        <message>
            <source>input</source>
            <translation>输入</translation>
        </message>
        <message>
            <source>network</source>
            <translation>网络</translation>
        </message>
        <message>
            <source>true</source>
            <translation>正确答案</translation>
        </message>
        <message>
            <source>Recalled {0} of {1} after {2} noisy steps (probability of the right symbol: {3}).</source>
            <translation>经过 {2} 个带噪声的时间步，回忆对了 {0} 个，共 {1} 个（网络给正确符号的概率：{3}）。</translation>
        </message>
        <message>
            <source>✓ within ±{0}</source>
            <translation>✓ 误差在 ±{0} 以内</translation>
        </message>
        <message>
            <source>✗ off by more than ±{0}</source>
            <translation>✗ 误差超过 ±{0}</translation>
        </message>
        <message>
            <source>Marked steps: t = {0} and t = {1} of {2}.</source>
            <translation>被标记的时间步：t = {0} 和 t = {1}（共 {2} 步）。</translation>
        </message>
        <message>
            <source>Marked numbers: {0} + {1} = {2}</source>
            <translation>被标记的两个数：{0} + {1} = {2}</translation>
        </message>
        <message>
            <source>Network's sum: {0} (error {1})</source>
            <translation>网络给出的和：{0}（误差 {1}）</translation>
        </message>
        <message>
            <source>Column {0} of your file, a held-out window (in the file's units)</source>
            <translation>你的文件的“{0}”列，留出部分中的一段（按文件中的单位）</translation>
        </message>
        <message>
            <source>Noisy sine, period {0} steps</source>
            <translation>带噪声的正弦波，周期 {0} 步</translation>
        </message>
        <message>
            <source>ARMA(2, 1) series</source>
            <translation>ARMA(2, 1) 序列</translation>
        </message>
        <message>
            <source>, noise {0}</source>
            <translation>，噪声 {0}</translation>
        </message>
        <message>
            <source>step t</source>
            <translation>时间步 t</translation>
        </message>
        <message>
            <source>input x_t</source>
            <translation>输入 x_t</translation>
        </message>
        <message>
            <source>true x_(t+1)</source>
            <translation>真实值 x_(t+1)</translation>
        </message>
        <message>
            <source>Mean squared error: network {0}, repeating the last value {1}.</source>
            <translation>均方误差：网络 {0}；直接重复上一个值 {1}。</translation>
        </message>
    </context>
    <context>
        <name>GradCheckView</name>
        <message>
            <source>Parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>形状</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>元素数</translation>
        </message>
        <message>
            <source>‖analytic‖</source>
            <translation>‖解析梯度‖</translation>
        </message>
        <message>
            <source>‖numerical‖</source>
            <translation>‖数值梯度‖</translation>
        </message>
        <message>
            <source>max |a − n|</source>
            <translation>最大 |a − n|</translation>
        </message>
        <message>
            <source>Relative error</source>
            <translation>相对误差</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>结论</translation>
        </message>
        <message>
            <source>For every checked weight w the loss is evaluated at w + ε and w − ε (ε = 1e-6, in float64), and (L(w + ε) − L(w − ε)) / 2ε is compared with the gradient that backpropagation through time computed. &lt;b&gt;Relative error&lt;/b&gt; = ‖a − n‖ / (‖a‖ + ‖n‖) over the checked entries: 1e-11 to 1e-7 means the BPTT code is right (the smaller a gradient, the more the rounding in the finite difference shows); a bug gives something near 1. ✓ means below 1e-6, or every entry within 1e-8 (a trained model's gradients are so small that rounding alone lifts the relative error above 1e-6).</source>
            <translation>对每个被检查的权重 w，分别在 w + ε 和 w − ε 处计算损失（ε = 1e-6，使用 float64），再把 (L(w + ε) − L(w − ε)) / 2ε 与随时间反向传播算出的梯度比较。&lt;b&gt;相对误差&lt;/b&gt; = ‖a − n‖ / (‖a‖ + ‖n‖)，对所有被检查的元素一起计算：1e-11 到 1e-7 说明 BPTT 代码是对的（梯度越小，有限差分中的舍入误差越明显）；代码有错时，结果会接近 1。✓ 表示相对误差低于 1e-6，或者每个元素的差都在 1e-8 以内（训练过的模型梯度很小，单是舍入误差就可能让相对误差超过 1e-6）。</translation>
        </message>
        <message>
            <source>No parameters checked.</source>
            <translation>没有检查任何参数。</translation>
        </message>
        <message>
            <source>{0} and {1} more</source>
            <translation>{0} 等（另有 {1} 个）</translation>
        </message>
        <message>
            <source>✗ BPTT is wrong for {0} of {1} parameters</source>
            <translation>✗ BPTT 出错：{1} 个参数中有 {0} 个不对</translation>
        </message>
        <message>
            <source>These disagree with finite differences (relative error): {0}. The backward pass has a bug.</source>
            <translation>这些参数与有限差分不一致（括号内为相对误差）：{0}。反向传播有错误。</translation>
        </message>
        <message>
            <source>All {0} parameters match finite differences ({1} weights checked; largest relative error {2}, in {3}).</source>
            <translation>全部 {0} 个参数都与有限差分一致（共检查了 {1} 个权重；最大相对误差为 {2}，出现在 {3}）。</translation>
        </message>
        <message>
            <source>{0} The check was cancelled: only the parameters above were checked.</source>
            <translation>{0}检查已取消：只检查了上面列出的参数。</translation>
        </message>
        <message>
            <source>✓ BPTT is correct to {0}</source>
            <translation>✓ BPTT 正确（相对误差约 {0}）</translation>
        </message>
        <message>
            <source>Verify gradients</source>
            <translation>验证梯度</translation>
        </message>
        <message>
            <source>Compare BPTT's gradient of every parameter with finite differences on a probe batch.</source>
            <translation>在一个探测批次上，把 BPTT 算出的每个参数的梯度与有限差分的结果进行比较。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stop after the parameter being checked</source>
            <translation>检查完当前这个参数后停止</translation>
        </message>
        <message>
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>How many weights of each parameter to check (chosen at random, seeded); 'all' checks every weight.</source>
            <translation>每个参数检查多少个权重（按种子随机选取）；“全部”表示检查每一个权重。</translation>
        </message>
        <message>
            <source>No model yet.</source>
            <translation>还没有模型。</translation>
        </message>
        <message>
            <source>Weights per parameter:</source>
            <translation>每个参数检查的权重数：</translation>
        </message>
        <message>
            <source>Press “Verify gradients” to check backpropagation.</source>
            <translation>按“验证梯度”检查反向传播是否正确。</translation>
        </message>
        <message>
            <source>{0}, {1} hidden units × {2} layer(s), {3} parameters (current weights), task: {4}</source>
            <translation>{0}，{1} 个隐藏单元 × {2} 层，共 {3} 个参数（当前权重），任务：{4}</translation>
        </message>
        <message>
            <source>{0}, {1} hidden units × {2} layer(s), {3} parameters (initial weights), task: {4}</source>
            <translation>{0}，{1} 个隐藏单元 × {2} 层，共 {3} 个参数（初始权重），任务：{4}</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message>
            <source>scalar</source>
            <translation>标量</translation>
        </message>
        <message>
            <source>✓ correct</source>
            <translation>✓ 正确</translation>
        </message>
        <message>
            <source>✗ wrong</source>
            <translation>✗ 错误</translation>
        </message>
        <message>
            <source>Checking… {0} parameters so far</source>
            <translation>正在检查… 已完成 {0} 个参数</translation>
        </message>
        <message>
            <source>The check could not run</source>
            <translation>无法运行检查</translation>
        </message>
        <message>
            <source>Cancelled before any parameter was checked.</source>
            <translation>已取消：还没有检查任何参数。</translation>
        </message>
        <message>
            <source>{0} Time: {1} s.</source>
            <translation>{0}用时 {1} 秒。</translation>
        </message>
    </context>
    <context>
        <name>GradientFlowPlot</name>
        <message>
            <source>How much the loss depends on the state at each time step t. &lt;b&gt;Vanishing&lt;/b&gt; gradients: bright at late t (top of the map), dark at early t (bottom); &lt;b&gt;exploding&lt;/b&gt;: bright at early t and growing.</source>
            <translation>损失对每个时间步 t 的状态有多敏感。&lt;b&gt;梯度消失&lt;/b&gt;：晚的 t（图的上方）亮，早的 t（下方）暗；&lt;b&gt;梯度爆炸&lt;/b&gt;：早的 t 亮，而且越来越亮。</translation>
        </message>
        <message>
            <source>Which gradient the heat map shows.</source>
            <translation>热图显示哪一个梯度。</translation>
        </message>
        <message>
            <source>time step t</source>
            <translation>时间步 t</translation>
        </message>
        <message>
            <source>‖∂L/∂h_t‖ (log scale)</source>
            <translation>‖∂L/∂h_t‖（对数坐标）</translation>
        </message>
        <message>
            <source>Latest update</source>
            <translation>最近一次更新</translation>
        </message>
        <message>
            <source>update</source>
            <translation>更新次数</translation>
        </message>
        <message>
            <source>‖g‖ (log scale)</source>
            <translation>‖g‖（对数坐标）</translation>
        </message>
        <message>
            <source>Global gradient norm per update: {0}━ before{1} and {2}╌ after clipping{1}</source>
            <translation>每次更新的全局梯度范数：{0}━ 裁剪前{1}与{2}╌ 裁剪后{1}</translation>
        </message>
        <message>
            <source>‖g‖: {0}━ before{1}, {2}╌ after{1} clipping</source>
            <translation>‖g‖：{0}━ 裁剪前{1}，{2}╌ 裁剪后{1}</translation>
        </message>
        <message>
            <source>clip threshold</source>
            <translation>裁剪阈值</translation>
        </message>
        <message>
            <source>, layer {0}</source>
            <translation>，第 {0} 层</translation>
        </message>
        <message>
            <source>diverged at update {0}</source>
            <translation>第 {0} 次更新时发散</translation>
        </message>
        <message>
            <source>Update {0}, the last finite one</source>
            <translation>第 {0} 次更新（最后一次有限值）</translation>
        </message>
        <message>
            <source>Update {0}</source>
            <translation>第 {0} 次更新</translation>
        </message>
        <message>
            <source>layer {0}</source>
            <translation>第 {0} 层</translation>
        </message>
        <message>
            <source>update {0}, time step {1}: {2} = {3}</source>
            <translation>第 {0} 次更新，时间步 {1}：{2} = {3}</translation>
        </message>
        <message>
            <source>Over training: {0}</source>
            <translation>训练全过程：{0}</translation>
        </message>
    </context>
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
        <name>HorizonView</name>
        <message>
            <source>Delayed recall</source>
            <translation>延迟回忆</translation>
        </message>
        <message>
            <source>Adding problem</source>
            <translation>加和问题</translation>
        </message>
        <message>
            <source>Recall: the delay is the number of steps between the symbol and its recall. Adding problem: the delay is the sequence length.</source>
            <translation>回忆任务：延迟是符号出现到回忆之间的步数。加法问题：延迟是序列长度。</translation>
        </message>
        <message>
            <source>Delays to train at, separated by commas</source>
            <translation>要训练的延迟，用逗号分隔</translation>
        </message>
        <message>
            <source>Updates for every cell at every delay: the same budget and the same batches for all</source>
            <translation>每种单元在每个延迟上的更新次数：所有运行的预算和批次都相同</translation>
        </message>
        <message>
            <source>Run sweep</source>
            <translation>开始扫描</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Save the plot (PNG, SVG) or the results (CSV)</source>
            <translation>保存图（PNG、SVG）或结果（CSV）</translation>
        </message>
        <message>
            <source>Choose cells and delays, then Run sweep.</source>
            <translation>选择单元和延迟，然后按“开始扫描”。</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Cells</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Delays</source>
            <translation>延迟</translation>
        </message>
        <message>
            <source>Updates per run</source>
            <translation>每次运行的更新次数</translation>
        </message>
        <message>
            <source>Hidden units</source>
            <translation>隐藏单元</translation>
        </message>
        <message>
            <source>chance</source>
            <translation>瞎猜</translation>
        </message>
        <message>
            <source>expected whole numbers separated by commas</source>
            <translation>应为用逗号分隔的整数</translation>
        </message>
        <message>
            <source>delay (steps, log scale)</source>
            <translation>延迟（步数，对数坐标）</translation>
        </message>
        <message>
            <source>sequence length T (log scale)</source>
            <translation>序列长度 T（对数坐标）</translation>
        </message>
        <message>
            <source>held-out accuracy</source>
            <translation>留出集准确率</translation>
        </message>
        <message>
            <source>Memory horizon: where each cell's memory gives out</source>
            <translation>记忆跨度：每种单元的记忆在哪里失效</translation>
        </message>
        <message>
            <source>Not started: {0}</source>
            <translation>未开始：{0}</translation>
        </message>
        <message>
            <source>Shown from the cache: these settings were swept before.</source>
            <translation>来自缓存：这些设置以前扫描过。</translation>
        </message>
        <message>
            <source>Training {0} runs of {1} updates…</source>
            <translation>正在训练 {0} 次运行，每次 {1} 次更新…</translation>
        </message>
        <message>
            <source>Training {0} at delay {1} ({2} of {3} updates)…</source>
            <translation>正在训练 {0}，延迟 {1}（已完成 {2} / {3} 次更新）…</translation>
        </message>
        <message>
            <source>The sweep stopped with an error: {0}</source>
            <translation>扫描因错误而停止：{0}</translation>
        </message>
        <message>
            <source>Cancelled: {0} runs finished.</source>
            <translation>已取消：完成了 {0} 次运行。</translation>
        </message>
        <message>
            <source>Done: {0} runs in {1:.1f} s.</source>
            <translation>完成：{0} 次运行，用时 {1:.1f} 秒。</translation>
        </message>
        <message>
            <source>Export the memory horizon</source>
            <translation>导出记忆跨度</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG image (*.svg);;CSV table (*.csv)</source>
            <translation>PNG 图像 (*.png);;SVG 图像 (*.svg);;CSV 表格 (*.csv)</translation>
        </message>
        <message>
            <source>Could not export {0}: {1}</source>
            <translation>无法导出 {0}：{1}</translation>
        </message>
        <message>
            <source>{0}: expected a file name ending in .png, .svg or .csv</source>
            <translation>{0}：文件名应以 .png、.svg 或 .csv 结尾</translation>
        </message>
    </context>
    <context>
        <name>InsideView</name>
        <message>
            <source>Which recurrent layer to look inside (1 = next to the input).</source>
            <translation>查看哪一个循环层的内部（1 = 紧挨着输入的那一层）。</translation>
        </message>
        <message>
            <source>The hidden state, the cell state or one of the gates.</source>
            <translation>隐藏状态、细胞状态或某一个门。</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>层</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>time step t</source>
            <translation>时间步 t</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Hidden state h_t</source>
            <translation>隐藏状态 h_t</translation>
        </message>
        <message>
            <source>layer {0}</source>
            <translation>第 {0} 层</translation>
        </message>
        <message>
            <source>, layer {0}</source>
            <translation>，第 {0} 层</translation>
        </message>
        <message>
            <source>Probe sequence, one row per unit; colour scale fixed at [{0}, {1}] so colours keep their meaning while training.</source>
            <translation>探测序列，每个单元一行；颜色范围固定在 [{0}, {1}]，训练过程中颜色的含义保持不变。</translation>
        </message>
        <message>
            <source>unit {0}, time step {1}: {2} = {3}</source>
            <translation>单元 {0}，时间步 {1}：{2} = {3}</translation>
        </message>
        <message>
            <source>{0}, time step {1}: {2}</source>
            <translation>{0}，时间步 {1}：{2}</translation>
        </message>
        <message>
            <source>input at time step t</source>
            <translation>时间步 t 的输入</translation>
        </message>
    </context>
    <context>
        <name>JacobianView</name>
        <message>
            <source>Recurrent scale</source>
            <translation>循环权重缩放</translation>
        </message>
        <message>
            <source>Re-initialises the network with its recurrent weights multiplied by this factor</source>
            <translation>重新初始化网络，把循环权重乘以这个系数</translation>
        </message>
        <message>
            <source>step k</source>
            <translation>时间步 k</translation>
        </message>
        <message>
            <source>‖∂h_T/∂h_k‖</source>
            <translation>‖∂h_T/∂h_k‖</translation>
        </message>
        <message>
            <source>Product of step Jacobians</source>
            <translation>各步雅可比矩阵之积</translation>
        </message>
        <message>
            <source>index</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>σ</source>
            <translation>σ</translation>
        </message>
        <message>
            <source>Singular values</source>
            <translation>奇异值</translation>
        </message>
        <message>
            <source>real</source>
            <translation>实部</translation>
        </message>
        <message>
            <source>imaginary</source>
            <translation>虚部</translation>
        </message>
        <message>
            <source>Eigenvalues</source>
            <translation>特征值</translation>
        </message>
        <message>
            <source>layer {0}: ‖∂h_T/∂h_k‖</source>
            <translation>第 {0} 层：‖∂h_T/∂h_k‖</translation>
        </message>
        <message>
            <source>layer {0}: ‖∂c_T/∂c_k‖</source>
            <translation>第 {0} 层：‖∂c_T/∂c_k‖</translation>
        </message>
        <message>
            <source>bound (σ_max·γ)^(T−k)</source>
            <translation>上界 (σ_max·γ)^(T−k)</translation>
        </message>
        <message>
            <source>Layer 1 ({0}): σ_max = {1:.3g}, spectral radius {2:.3g}, γ = {3:g}, σ_max·γ = {4:.3g}</source>
            <translation>第 1 层（{0}）：σ_max = {1:.3g}，谱半径 {2:.3g}，γ = {3:g}，σ_max·γ = {4:.3g}</translation>
        </message>
        <message>
            <source>The bound is for Elman cells. Here gates multiply the path by factors the network learns; the dashed curves are the cell-state highway.</source>
            <translation>这个上界只适用于 Elman 单元。这里由门把路径乘上网络自己学到的系数；虚线是细胞状态这条“高速公路”。</translation>
        </message>
        <message>
            <source>σ_max &lt; 1/γ: every step shrinks the gradient at least by σ_max·γ, so it must vanish (the grey bound).</source>
            <translation>σ_max &lt; 1/γ：每一步至少把梯度缩小为原来的 σ_max·γ 倍，所以梯度必然消失（灰色上界）。</translation>
        </message>
        <message>
            <source>σ_max &gt; 1/γ: exploding gradients are possible, not certain: this is necessary for explosion, not sufficient.</source>
            <translation>σ_max &gt; 1/γ：梯度有可能爆炸，但并不一定：这是爆炸的必要条件，而不是充分条件。</translation>
        </message>
    </context>
    <context>
        <name>LaneDialog</name>
        <message>
            <source>Settings of this lane only; the others keep theirs. The task, batch size and update budget are shared by the whole race.</source>
            <translation>只改这条赛道的设置，其他赛道保持不变。任务、批大小和更新次数由整场竞赛共用。</translation>
        </message>
        <message>
            <source>Same as lane 1</source>
            <translation>与第 1 条赛道相同</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Drop every setting this lane changes.</source>
            <translation>去掉这条赛道改动的所有设置。</translation>
        </message>
        <message>
            <source>Lane {0}: {1}</source>
            <translation>第 {0} 条赛道：{1}</translation>
        </message>
    </context>
    <context>
        <name>LessonsPanel</name>
        <message>
            <source>Load lesson</source>
            <translation>载入课程</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>课程</translation>
        </message>
        <message>
            <source>{0} race mode: two or three models trained side by side on the same batches</source>
            <translation>{0} 竞赛模式：两三个模型在同样的批次上并排训练</translation>
        </message>
        <message>
            <source>Lessons could not be loaded: {0}</source>
            <translation>无法载入课程：{0}</translation>
        </message>
        <message>
            <source> (race mode)</source>
            <translation>（竞赛模式）</translation>
        </message>
        <message>
            <source>Race of {0} lanes: {1}</source>
            <translation>{0} 条赛道竞赛：{1}</translation>
        </message>
        <message>
            <source> vs </source>
            <translation> 对 </translation>
        </message>
        <message>
            <source>Open in race mode</source>
            <translation>在竞赛模式中打开</translation>
        </message>
        <message>
            <source>One run: {0}</source>
            <translation>单次运行：{0}</translation>
        </message>
    </context>
    <context>
        <name>LossPlot</name>
        <message>
            <source>Log scale (loss)</source>
            <translation>对数坐标（损失）</translation>
        </message>
        <message>
            <source>Show the loss on a logarithmic axis: late, small improvements stay visible.</source>
            <translation>用对数坐标显示损失：后期细小的改进也看得见。</translation>
        </message>
        <message>
            <source>update</source>
            <translation>更新次数</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>Training loss (every update)</source>
            <translation>训练损失（每次更新）</translation>
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
            <source>training loss</source>
            <translation>训练损失</translation>
        </message>
        <message>
            <source>held-out</source>
            <translation>留出集</translation>
        </message>
        <message>
            <source>Held-out {0} (higher is better)</source>
            <translation>留出集{0}（越高越好）</translation>
        </message>
        <message>
            <source>Held-out {0} (lower is better)</source>
            <translation>留出集{0}（越低越好）</translation>
        </message>
        <message>
            <source>Held-out {0}</source>
            <translation>留出集{0}</translation>
        </message>
        <message>
            <source>loss (log scale)</source>
            <translation>损失（对数坐标）</translation>
        </message>
        <message>
            <source>loss {0}</source>
            <translation>损失 {0}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>Diverged</source>
            <translation>已发散</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>出错</translation>
        </message>
        <message>
            <source>The last settings could not be used ({0}); loaded the default preset.</source>
            <translation>上次的设置无法使用（{0}）；已载入默认预设。</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>消息</translation>
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
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <source>Build a new network?</source>
            <translation>要构建新的网络吗？</translation>
        </message>
        <message>
            <source>Changing {0} builds a new network: the trained one stays in the Runs list, where Reopen brings it back (so does Edit → Undo).</source>
            <translation>更改{0}会构建一个新的网络：训练过的网络保留在“运行记录”列表中，点“重新打开”即可找回（“编辑 → 撤销”也可以）。</translation>
        </message>
        <message>
            <source>Rebuild</source>
            <translation>重新构建</translation>
        </message>
        <message>
            <source>Ask every time</source>
            <translation>每次都询问</translation>
        </message>
        <message>
            <source>Loss and metric</source>
            <translation>损失与指标</translation>
        </message>
        <message>
            <source>Gradient flow across time</source>
            <translation>梯度随时间的流动</translation>
        </message>
        <message>
            <source>Predicted vs true</source>
            <translation>预测值与真实值</translation>
        </message>
        <message>
            <source>Inside the network</source>
            <translation>网络内部</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>单步</translation>
        </message>
        <message>
            <source>Exactly one update, then pause</source>
            <translation>只做一次更新，然后暂停</translation>
        </message>
        <message>
            <source>Run {0} updates</source>
            <translation>运行 {0} 次更新</translation>
        </message>
        <message>
            <source>Train exactly the number of updates set beside, at the chosen speed, then pause</source>
            <translation>按所选速度训练旁边设定的更新次数，然后暂停</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>End the run here (the weights are kept)</source>
            <translation>在此结束这次运行（权重保留）</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Re-initialise: same seed, same start weights</source>
            <translation>重新初始化：种子相同，初始权重也相同</translation>
        </message>
        <message>
            <source>Randomise seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>New seed: different start weights and data order</source>
            <translation>换一个种子：初始权重和数据顺序都会不同</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <source> updates</source>
            <translation> 次更新</translation>
        </message>
        <message>
            <source>How many updates Run trains before it pauses</source>
            <translation>“运行”在暂停前训练多少次更新</translation>
        </message>
        <message>
            <source>Training speed in updates per second: slow motion shows every update as it happens; full speed draws as often as the screen can. It changes only how fast, never what is learned.</source>
            <translation>训练速度（每秒更新次数）：慢动作会在每次更新发生时显示它；全速时按屏幕能承受的频率重绘。它只改变快慢，从不改变学到的内容。</translation>
        </message>
        <message>
            <source>S&amp;peed:</source>
            <translation>速度(&amp;P)：</translation>
        </message>
        <message>
            <source>Full speed</source>
            <translation>全速</translation>
        </message>
        <message>
            <source>1 update/s</source>
            <translation>1 次更新/秒</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>运行(&amp;R)</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>速度</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>Restore default layout</source>
            <translation>恢复默认布局</translation>
        </message>
        <message>
            <source>Default preset (binary adder)</source>
            <translation>默认预设（二进制加法器）</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>About RNN Studio</source>
            <translation>关于 RNN Studio</translation>
        </message>
        <message>
            <source>What the run is doing</source>
            <translation>这次运行的当前状态</translation>
        </message>
        <message>
            <source>Updates done / update budget</source>
            <translation>已完成的更新次数 / 更新次数上限</translation>
        </message>
        <message>
            <source>Training updates per second</source>
            <translation>每秒训练更新次数</translation>
        </message>
        <message>
            <source>Training loss of the latest update</source>
            <translation>最近一次更新的训练损失</translation>
        </message>
        <message>
            <source>Latest held-out metric</source>
            <translation>最新的留出集指标</translation>
        </message>
        <message>
            <source>Time left at the current speed</source>
            <translation>按当前速度估计的剩余时间</translation>
        </message>
        <message>
            <source>New seed {0}: fresh start weights</source>
            <translation>新种子 {0}：已重新生成初始权重</translation>
        </message>
        <message>
            <source>Kept the trained network</source>
            <translation>已保留训练过的网络</translation>
        </message>
        <message>
            <source>Settings changed: a fresh network is ready</source>
            <translation>设置已更改：新的网络已准备好</translation>
        </message>
        <message>
            <source>off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>{0} {1} from the next sample</source>
            <translation>{0} {1}：从下一次采样起生效</translation>
        </message>
        <message>
            <source>{0} {1} from the next update, with a fresh optimizer state; the weights carry on</source>
            <translation>{0} {1}：从下一次更新起生效，优化器状态重新开始；权重保持不变</translation>
        </message>
        <message>
            <source>{0} {1}: the run carries on to it</source>
            <translation>{0} {1}：训练会继续到这个次数</translation>
        </message>
        <message>
            <source>{0} {1} from the next update: the weights and the optimizer's moments are converted</source>
            <translation>{0} {1}：从下一次更新起生效，权重和优化器的动量随之转换精度</translation>
        </message>
        <message>
            <source>{0} {1} from the next update</source>
            <translation>{0} {1}：从下一次更新起生效</translation>
        </message>
        <message>
            <source>Open settings</source>
            <translation>打开设置</translation>
        </message>
        <message>
            <source>RNN Studio settings (*.json);;All files (*)</source>
            <translation>RNN Studio 设置 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>保存设置</translation>
        </message>
        <message>
            <source>RNN Studio settings (*.json)</source>
            <translation>RNN Studio 设置 (*.json)</translation>
        </message>
        <message>
            <source>Could not save {0}: {1}</source>
            <translation>无法保存 {0}：{1}</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>已保存 {0}</translation>
        </message>
        <message>
            <source>Pause training here (Space); Resume carries on</source>
            <translation>在这里暂停训练（空格键）；按“继续”接着训练</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Training diverged and was paused: {0} The plots keep the history; Train carries on from the last finite weights, Reset starts over.</source>
            <translation>训练发散，已暂停：{0} 图表保留了历史记录；点“训练”会从最后一组有限的权重继续，点“重置”则从头开始。</translation>
        </message>
        <message>
            <source>finished {0} updates</source>
            <translation>完成了 {0} 次更新</translation>
        </message>
        <message>
            <source>Finished the update budget ({0}). Train runs another {1} updates.</source>
            <translation>已用完更新次数（{0}）。点“训练”会再做 {1} 次更新。</translation>
        </message>
        <message>
            <source>step {0} / {1}</source>
            <translation>第 {0} / {1} 步</translation>
        </message>
        <message>
            <source>{0} updates/s</source>
            <translation>{0} 次更新/秒</translation>
        </message>
        <message>
            <source>Resume training from here (Space; Space again pauses)</source>
            <translation>从这里继续训练（空格键；再按一次空格键暂停）</translation>
        </message>
        <message>
            <source>Train at the chosen speed (Space; Space again pauses)</source>
            <translation>按所选速度训练（空格键；再按一次空格键暂停）</translation>
        </message>
        <message>
            <source>Goal reached at update {0}: {1} {2} {3} {4} — paused (Resume trains on, Reset starts over)</source>
            <translation>在第 {0} 次更新时达到目标：{1} {2} {3} {4}——已暂停（按“继续”接着训练，按“重置”从头开始）</translation>
        </message>
        <message>
            <source>loss {0}</source>
            <translation>损失 {0}</translation>
        </message>
        <message>
            <source>ETA {0}</source>
            <translation>剩余 {0}</translation>
        </message>
        <message>
            <source>Could not export {0} to {1}: {2}</source>
            <translation>无法把 {0} 导出到 {1}：{2}</translation>
        </message>
        <message>
            <source>RNN Studio {0}: build recurrent networks, train them with exact backpropagation through time, and watch what happens inside.</source>
            <translation>RNN Studio {0}：搭建循环神经网络，用精确的随时间反向传播训练它们，并观察网络内部发生了什么。</translation>
        </message>
    </context>
    <context>
        <name>Mechanism</name>
        <message>
            <source>Why gradients vanish</source>
            <translation>梯度为何消失</translation>
        </message>
    </context>
    <context>
        <name>MechanismView</name>
        <message>
            <source>Jacobian and spectrum</source>
            <translation>雅可比与谱</translation>
        </message>
        <message>
            <source>Contributions</source>
            <translation>梯度贡献</translation>
        </message>
        <message>
            <source>Gate saturation</source>
            <translation>门饱和</translation>
        </message>
        <message>
            <source>The cliff</source>
            <translation>悬崖</translation>
        </message>
    </context>
    <context>
        <name>ModelPanel</name>
        <message>
            <source>Randomise the seed: new start weights and data order</source>
            <translation>随机换一个种子：新的初始权重和数据顺序</translation>
        </message>
    </context>
    <context>
        <name>NeuronsView</name>
        <message>
            <source>Load the Char-RNN lesson</source>
            <translation>载入字符级 RNN 课程</translation>
        </message>
        <message>
            <source>The run's corpus</source>
            <translation>本次运行的语料</translation>
        </message>
        <message>
            <source>Your own text</source>
            <translation>你自己的文本</translation>
        </message>
        <message>
            <source>Open text…</source>
            <translation>打开文本…</translation>
        </message>
        <message>
            <source>Read a UTF-8 text file of your own with the network (characters it never saw stay uncoloured)</source>
            <translation>让网络读你自己的 UTF-8 文本文件（它从未见过的字符不着色）</translation>
        </message>
        <message>
            <source>Latest network</source>
            <translation>最新网络</translation>
        </message>
        <message>
            <source>Take a new copy of the run's network (the page does not follow training by itself)</source>
            <translation>重新复制一份本次运行的网络（页面不会自动跟随训练）</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>层</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>信号</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Find interesting units</source>
            <translation>寻找有趣的单元</translation>
        </message>
        <message>
            <source>For each text feature, the unit (any layer, state or gate) whose activation follows it best on this page: Pearson's r</source>
            <translation>对每个文本特征，找出在本页上激活值与它最吻合的单元（任意层、状态或门）：皮尔逊相关系数 r</translation>
        </message>
        <message>
            <source>Feature</source>
            <translation>特征</translation>
        </message>
        <message>
            <source>Best unit</source>
            <translation>最佳单元</translation>
        </message>
        <message>
            <source>Select some text on the page: the units that are on over it and off around it are listed here.</source>
            <translation>在页面上选中一段文字：在这段文字上开启、在它周围关闭的单元会列在这里。</translation>
        </message>
        <message>
            <source>A unit counts as on above this activation</source>
            <translation>激活值高于此值时，单元算作开启</translation>
        </message>
        <message>
            <source>On inside</source>
            <translation>内部开启</translation>
        </message>
        <message>
            <source>Off around</source>
            <translation>周围关闭</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>阈值</translation>
        </message>
        <message>
            <source>Train a character model (a few updates are enough), then open this view again.</source>
            <translation>请先训练一个字符级模型（几次更新就够），再打开这个视图。</translation>
        </message>
        <message>
            <source>Neurons you can read needs a character model: a network that reads text one character at a time. This run is “{0}”. Load the Char-RNN lesson (or choose the task “Character language model” in the settings), train a few hundred updates, and come back.</source>
            <translation>“看得懂的神经元”需要一个字符级模型：一次读入一个字符的网络。当前运行是“{0}”。请载入字符级 RNN 课程（或在设置中选择任务“字符级语言模型”），训练几百次更新后再回来。</translation>
        </message>
        <message>
            <source>Open a text</source>
            <translation>打开文本</translation>
        </message>
        <message>
            <source>Text files (*.txt);;All files (*)</source>
            <translation>文本文件 (*.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Could not open the text: {0}</source>
            <translation>无法打开文本：{0}</translation>
        </message>
        <message>
            <source>Your own text: {0}</source>
            <translation>你自己的文本：{0}</translation>
        </message>
        <message>
            <source>the bundled play (Hamlet)</source>
            <translation>内置剧本《哈姆雷特》</translation>
        </message>
        <message>
            <source>Reading the text with the network…</source>
            <translation>网络正在读这段文本…</translation>
        </message>
        <message>
            <source>Could not read the text: {0}</source>
            <translation>无法读取文本：{0}</translation>
        </message>
        <message>
            <source>“{0}” at {1}: not in the model's vocabulary</source>
            <translation>位置 {1} 的“{0}”：不在模型的词表中</translation>
        </message>
        <message>
            <source>“{0}” at {1}: {2} = {3:+.3f}</source>
            <translation>位置 {1} 的“{0}”：{2} = {3:+.3f}</translation>
        </message>
        <message>
            <source>From a copy of the network at update {0}.</source>
            <translation>来自第 {0} 次更新时复制的网络。</translation>
        </message>
        <message>
            <source>Showing the first {0} of {1} characters of {2}.</source>
            <translation>显示{2}共 {1} 个字符中的前 {0} 个。</translation>
        </message>
        <message>
            <source>{0}: {1} characters.</source>
            <translation>{0}：{1} 个字符。</translation>
        </message>
        <message>
            <source>{0} characters are not in the model's vocabulary: they stay uncoloured and count for nothing.</source>
            <translation>有 {0} 个字符不在模型的词表中：它们不着色，也不参与统计。</translation>
        </message>
        <message>
            <source>Each character is coloured by the unit's value after reading it; hover for the number.</source>
            <translation>每个字符按单元读完它之后的值着色；鼠标悬停可看数值。</translation>
        </message>
        <message>
            <source>inside double quotes</source>
            <translation>在双引号内</translation>
        </message>
        <message>
            <source>inside brackets</source>
            <translation>在括号内</translation>
        </message>
        <message>
            <source>position in the line</source>
            <translation>在行中的位置</translation>
        </message>
        <message>
            <source>right after a newline</source>
            <translation>紧跟在换行之后</translation>
        </message>
        <message>
            <source>a vowel</source>
            <translation>元音字母</translation>
        </message>
        <message>
            <source>a capital letter</source>
            <translation>大写字母</translation>
        </message>
        <message>
            <source>a space</source>
            <translation>空格</translation>
        </message>
        <message>
            <source>{0} #{1}</source>
            <translation>{0} #{1}</translation>
        </message>
        <message>
            <source>layer {0}, {1}</source>
            <translation>第 {0} 层，{1}</translation>
        </message>
        <message>
            <source>not on this page</source>
            <translation>本页没有</translation>
        </message>
        <message>
            <source>No unit of this signal is on over “{0}” and off around it at this threshold.</source>
            <translation>在这个阈值下，这个信号没有单元在“{0}”上开启而在周围关闭。</translation>
        </message>
        <message>
            <source>Units on over “{0}” and off around it (as many characters on each side):</source>
            <translation>在“{0}”上开启、在周围关闭的单元（两侧各取同样多的字符）：</translation>
        </message>
        <message>
            <source>Other places where {0} switch the same way: {1}</source>
            <translation>{0} 以同样方式开关的其他位置：{1} 处</translation>
        </message>
        <message>
            <source>{0}: {1} ({2:.0%} alike)</source>
            <translation>{0}：{1}（相似度 {2:.0%}）</translation>
        </message>
    </context>
    <context>
        <name>PlotDock</name>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <source>SVG image (*.svg)</source>
            <translation>SVG 图片 (*.svg)</translation>
        </message>
        <message>
            <source>Export {0}</source>
            <translation>导出{0}</translation>
        </message>
    </context>
    <context>
        <name>Predict</name>
        <message>
            <source>output bits</source>
            <translation>输出位</translation>
        </message>
        <message>
            <source>output up or down</source>
            <translation>输出升或降</translation>
        </message>
        <message>
            <source>gates</source>
            <translation>门</translation>
        </message>
        <message>
            <source>gradient grow or shrink</source>
            <translation>梯度变大或变小</translation>
        </message>
        <message>
            <source>mean {0} {1} vs {2} {3} over the units of layer {4}</source>
            <translation>第 {4} 层各单元的平均值：{0} {1}，{2} {3}</translation>
        </message>
        <message>
            <source>Step t = {0}: which gate is more open here (mean over the units)?</source>
            <translation>时间步 t = {0}：这里哪个门开得更大（各单元的平均）？</translation>
        </message>
        <message>
            <source>, the target is {0}</source>
            <translation>，目标是 {0}</translation>
        </message>
        <message>
            <source>ŷ = {0}, so the network says {1}{2}</source>
            <translation>ŷ = {0}，所以网络输出 {1}{2}</translation>
        </message>
        <message>
            <source>Step t = {0}: will the output bit be 0 or 1?</source>
            <translation>时间步 t = {0}：输出位会是 0 还是 1？</translation>
        </message>
        <message>
            <source>Step t = {0}: will the probability of the true next symbol be higher or lower than it was at step t − 1?</source>
            <translation>时间步 t = {0}：正确的下一个符号的概率会比第 t − 1 步时更高还是更低？</translation>
        </message>
        <message>
            <source>p(true symbol) {0} at t − 1, {1} now</source>
            <translation>正确符号的概率：t − 1 时 {0}，现在 {1}</translation>
        </message>
        <message>
            <source>Step t = {0}: will the output ŷ go up or down from step t − 1?</source>
            <translation>时间步 t = {0}：输出 ŷ 会比第 t − 1 步升高还是降低？</translation>
        </message>
        <message>
            <source>ŷ was {0}, now {1}</source>
            <translation>ŷ 原为 {0}，现在 {1}</translation>
        </message>
        <message>
            <source>Up (U)</source>
            <translation>升高（U）</translation>
        </message>
        <message>
            <source>Down (D)</source>
            <translation>降低（D）</translation>
        </message>
        <message>
            <source>up</source>
            <translation>升高</translation>
        </message>
        <message>
            <source>down</source>
            <translation>降低</translation>
        </message>
        <message>
            <source>‖δh‖ {0} {1}: truncated BPTT cuts the path here, only the loss at step t adds gradient</source>
            <translation>‖δh‖ {0} {1}：截断 BPTT 在这里切断了路径，只有第 t 步的损失加入梯度</translation>
        </message>
        <message>
            <source>grew</source>
            <translation>变大了</translation>
        </message>
        <message>
            <source>shrank</source>
            <translation>变小了</translation>
        </message>
        <message>
            <source>‖δh‖ grew {0}: the loss at step t adds its own gradient ({1})</source>
            <translation>‖δh‖ 变大了 {0}：第 t 步的损失加入了它自己的梯度（{1}）</translation>
        </message>
        <message>
            <source>‖δh‖ grew {0}: the step back through the recurrent weights amplified it (gain above 1)</source>
            <translation>‖δh‖ 变大了 {0}：经过循环权重退回一步时被放大了（增益大于 1）</translation>
        </message>
        <message>
            <source>‖δh‖ shrank {0}: the step back through the recurrent weights and the squashing derivatives (below 1) scaled it down</source>
            <translation>‖δh‖ 变小了 {0}：经过循环权重和压缩函数的导数（小于 1）退回一步时被缩小了</translation>
        </message>
        <message>
            <source>Going back from step {0} to step {1}: will ‖∂L/∂h‖ grow or shrink?</source>
            <translation>从第 {0} 步退回第 {1} 步：‖∂L/∂h‖ 会变大还是变小？</translation>
        </message>
        <message>
            <source>Grow (G)</source>
            <translation>变大（G）</translation>
        </message>
        <message>
            <source>Shrink (S)</source>
            <translation>变小（S）</translation>
        </message>
        <message>
            <source>grow</source>
            <translation>变大</translation>
        </message>
        <message>
            <source>shrink</source>
            <translation>变小</translation>
        </message>
        <message>
            <source>Just show me</source>
            <translation>直接显示</translation>
        </message>
        <message>
            <source>Reveal the step without answering (not scored)</source>
            <translation>不作答直接揭晓这一步（不计分）</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>再试一次</translation>
        </message>
        <message>
            <source>Shown: {0}.</source>
            <translation>答案：{0}。</translation>
        </message>
        <message>
            <source>✓ Right: {0}.</source>
            <translation>✓ 答对了：{0}。</translation>
        </message>
        <message>
            <source>✗ Not this time: it is {0}.</source>
            <translation>✗ 这次没答对：答案是 {0}。</translation>
        </message>
        <message>
            <source>{0} of {1} right</source>
            <translation>答对 {0} / {1}</translation>
        </message>
        <message>
            <source>{0}: {1} of {2}</source>
            <translation>{0}：{1} / {2}</translation>
        </message>
        <message>
            <source>End of the forward pass.</source>
            <translation>前向传播结束。</translation>
        </message>
        <message>
            <source>End of backpropagation through time.</source>
            <translation>随时间反向传播结束。</translation>
        </message>
        <message>
            <source>Rethink: {0}.</source>
            <translation>再想想：{0}。</translation>
        </message>
        <message>
            <source>All right. Well predicted!</source>
            <translation>全部答对，预测得好！</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>{0}.</source>
            <translation>{0}。</translation>
        </message>
        <message>
            <source>{0} {1} {2}</source>
            <translation>{0}{1}{2}</translation>
        </message>
        <message>
            <source>Press → : before each step is shown you predict it.</source>
            <translation>按 → ：每一步揭晓之前，先由你来预测。</translation>
        </message>
        <message>
            <source>The network changed: press → for a new question.</source>
            <translation>网络变了：按 → 出新的问题。</translation>
        </message>
    </context>
    <context>
        <name>PredictionView</name>
        <message>
            <source>network row: the darker, the surer the bit is 1; {0} wrong bit</source>
            <translation>网络一行：颜色越深，越确定该位是 1；{0} 错误的位</translation>
        </message>
        <message>
            <source>a + b (true)</source>
            <translation>a + b（真值）</translation>
        </message>
        <message>
            <source>bit (the network reads right to left: least significant first)</source>
            <translation>比特位（网络从右往左读：最低位在前）</translation>
        </message>
        <message>
            <source>Binary addition: the probe pair</source>
            <translation>二进制加法：探测用的一对数</translation>
        </message>
        <message>
            <source>Train to see the network add the probe pair.</source>
            <translation>开始训练，看网络如何把这对数相加。</translation>
        </message>
        <message>
            <source>{0}, bit {1}: {2}</source>
            <translation>{0}，第 {1} 位：{2}</translation>
        </message>
        <message>
            <source>1 wrong bit</source>
            <translation>错 1 位</translation>
        </message>
        <message>
            <source>{0} wrong bits</source>
            <translation>错 {0} 位</translation>
        </message>
        <message>
            <source>{0} + {1} = &lt;b&gt;{2}&lt;/b&gt; (true {3})</source>
            <translation>{0} + {1} = &lt;b&gt;{2}&lt;/b&gt;（正确答案 {3}）</translation>
        </message>
        <message>
            <source>input letter at each time step</source>
            <translation>每个时间步输入的字母</translation>
        </message>
        <message>
            <source>P(flag)</source>
            <translation>P(标记)</translation>
        </message>
        <message>
            <source>Flags along the probe stream</source>
            <translation>探测序列上的标记</translation>
        </message>
        <message>
            <source>word ends here (truth)</source>
            <translation>单词在此结束（真实值）</translation>
        </message>
        <message>
            <source>network P(flag)</source>
            <translation>网络的 P(标记)</translation>
        </message>
        <message>
            <source>flag raised (P &gt; 0.5)</source>
            <translation>举旗标记（P &gt; 0.5）</translation>
        </message>
        <message>
            <source>Flags along the probe stream: where does “{0}” end?</source>
            <translation>探测字母流上的标记：“{0}”在哪里结束？</translation>
        </message>
        <message>
            <source>1 false alarm</source>
            <translation>1 次误报</translation>
        </message>
        <message>
            <source>{0} false alarms</source>
            <translation>{0} 次误报</translation>
        </message>
        <message>
            <source>caught {0} of {1} “{2}”, {3}</source>
            <translation>找到了 {1} 个“{2}”中的 {0} 个，{3}</translation>
        </message>
        <message>
            <source>Samples appear here at every evaluation while training.</source>
            <translation>训练时每次评估都会在这里显示生成的文本。</translation>
        </message>
        <message>
            <source>Text the network writes at temperature {0}</source>
            <translation>网络在温度 {0} 下写出的文本</translation>
        </message>
        <message>
            <source>Text the network writes at temperature {0} (after update {1}; earlier samples greyed below)</source>
            <translation>网络在温度 {0} 下写出的文本（第 {1} 次更新后；更早的样本以灰色显示在下方）</translation>
        </message>
        <message>
            <source>after update {0}</source>
            <translation>第 {0} 次更新后</translation>
        </message>
        <message>
            <source>time step t</source>
            <translation>时间步 t</translation>
        </message>
        <message>
            <source>value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>input</source>
            <translation>输入</translation>
        </message>
        <message>
            <source>marked inputs</source>
            <translation>被标记的输入</translation>
        </message>
        <message>
            <source>true</source>
            <translation>真实值</translation>
        </message>
        <message>
            <source>symbol</source>
            <translation>符号</translation>
        </message>
        <message>
            <source>network</source>
            <translation>网络</translation>
        </message>
        <message>
            <source>Delayed recall: say the symbol back after {0} steps</source>
            <translation>延迟回忆：{0} 步之后把符号说出来</translation>
        </message>
        <message>
            <source>Adding problem: the sum of the two marked inputs</source>
            <translation>加和问题：两个被标记输入的和</translation>
        </message>
        <message>
            <source>Forecast: the next value of the series</source>
            <translation>预测：序列的下一个值</translation>
        </message>
        <message>
            <source>Predicted vs true</source>
            <translation>预测值与真实值</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <source>Theme:</source>
            <translation>主题：</translation>
        </message>
    </context>
    <context>
        <name>Presets</name>
        <message>
            <source>Apply recommended settings on task switch</source>
            <translation>切换任务时应用推荐设置</translation>
        </message>
        <message>
            <source>Keep my settings</source>
            <translation>保留我的设置</translation>
        </message>
        <message>
            <source>Put back the values you had before the switch</source>
            <translation>恢复切换之前的数值</translation>
        </message>
        <message>
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <source>{0} with {1}: {2} (recommended)</source>
            <translation>{0}（{1}）：{2}（推荐）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>Kept your settings: {0}</source>
            <translation>已保留你的设置：{0}</translation>
        </message>
        <message>
            <source>Likely to fail:</source>
            <translation>可能训练失败：</translation>
        </message>
        <message>
            <source>Training with settings likely to fail: {0}</source>
            <translation>正在用可能失败的设置训练：{0}</translation>
        </message>
    </context>
    <context>
        <name>RaceView</name>
        <message>
            <source>metric</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Lanes:</source>
            <translation>赛道：</translation>
        </message>
        <message>
            <source>The cell of lane {0}, on the current task and settings.</source>
            <translation>第 {0} 条赛道使用的单元（任务和其他设置沿用当前的）。</translation>
        </message>
        <message>
            <source> '—' races two lanes only.</source>
            <translation>选“—”则只让两条赛道竞赛。</translation>
        </message>
        <message>
            <source>Updates:</source>
            <translation>更新次数：</translation>
        </message>
        <message>
            <source>How many lockstep updates the race runs.</source>
            <translation>竞赛中各赛道同步进行的更新次数。</translation>
        </message>
        <message>
            <source>Contributions</source>
            <translation>梯度贡献</translation>
        </message>
        <message>
            <source>Below the gradient flow: each lane's triangle ‖∂L_t/∂h_k‖, how much the loss at output step t reaches each earlier step k, on the same held-out sequences (refreshed about once a second while racing). Click a row to compare how far back each lane reaches.</source>
            <translation>在梯度流下方：每条赛道的三角图 ‖∂L_t/∂h_k‖，即输出步 t 的损失能影响到多早的步 k，在同一批留出序列上计算（比赛时约每秒刷新一次）。点击一行，比较每条赛道能回溯多远。</translation>
        </message>
        <message>
            <source>Start race</source>
            <translation>开始竞赛</translation>
        </message>
        <message>
            <source>Train every lane on the same batches, side by side.</source>
            <translation>在同样的批次上并排训练每一条赛道。</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop the race after the current update.</source>
            <translation>在当前这次更新结束后停止竞赛。</translation>
        </message>
        <message>
            <source>Every lane trains on &lt;b&gt;the same batches&lt;/b&gt;, in lockstep. Heat maps: how much the loss depends on the hidden state at each time step t (dark = the gradient has vanished before reaching that step).</source>
            <translation>每条赛道都在&lt;b&gt;同样的批次&lt;/b&gt;上同步训练。热图：损失对每个时间步 t 的隐藏状态有多敏感（暗 = 梯度还没传到这一步就已经消失了）。</translation>
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
            <source>Held-out metric</source>
            <translation>留出集指标</translation>
        </message>
        <message>
            <source>‖g‖ (log scale)</source>
            <translation>‖g‖（对数坐标）</translation>
        </message>
        <message>
            <source>Gradient norm (dashed: clip threshold)</source>
            <translation>梯度范数（虚线：裁剪阈值）</translation>
        </message>
        <message>
            <source>{0} configuration; race mode needs 2 or 3</source>
            <translation>只有 {0} 个配置；竞赛模式需要 2 或 3 个</translation>
        </message>
        <message>
            <source>Racing…</source>
            <translation>竞赛中…</translation>
        </message>
        <message>
            <source>Cannot race these lanes: {0}</source>
            <translation>这些赛道无法竞赛：{0}</translation>
        </message>
        <message>
            <source>no clipping</source>
            <translation>不裁剪</translation>
        </message>
        <message>
            <source>clip {0}</source>
            <translation>裁剪 {0}</translation>
        </message>
        <message>
            <source>Lane settings…</source>
            <translation>赛道设置…</translation>
        </message>
        <message>
            <source>Change any setting of lane {0} (learning rate, clipping, size, seed…); the other lanes keep theirs.</source>
            <translation>修改第 {0} 条赛道的任意设置（学习率、梯度裁剪、规模、种子……）；其他赛道保持不变。</translation>
        </message>
        <message>
            <source>Seeds per lane:</source>
            <translation>每条赛道的种子数：</translation>
        </message>
        <message>
            <source>Each lane trains this many networks (seeds seed, seed+1, …): its loss is their median inside a shaded band from the lowest to the highest. A race with 3 seeds costs about 3 times as much per update (see updates/s under the plots).</source>
            <translation>每条赛道训练这么多个网络（种子依次加 1）：曲线是它们损失的中位数，阴影带从最低到最高。每条赛道 3 个种子时，每次更新的开销约为 3 倍（见图下方的 更新/秒）。</translation>
        </message>
        <message>
            <source>{0}: clipping threshold {1}</source>
            <translation>{0}：裁剪阈值 {1}</translation>
        </message>
        <message>
            <source>time step t</source>
            <translation>时间步 t</translation>
        </message>
        <message>
            <source>{0}: ‖∂L/∂h_t‖</source>
            <translation>{0}：‖∂L/∂h_t‖</translation>
        </message>
        <message>
            <source>Held-out {0}</source>
            <translation>留出集{0}</translation>
        </message>
        <message>
            <source>Held-out {0} (higher is better)</source>
            <translation>留出集{0}（越高越好）</translation>
        </message>
        <message>
            <source>Held-out {0} (lower is better)</source>
            <translation>留出集{0}（越低越好）</translation>
        </message>
        <message>
            <source> vs </source>
            <translation> 对 </translation>
        </message>
        <message>
            <source>Race: {0}</source>
            <translation>竞赛：{0}</translation>
        </message>
        <message>
            <source>Choose two or three lanes.</source>
            <translation>请选择两条或三条赛道。</translation>
        </message>
        <message>
            <source>earlier step k</source>
            <translation>之前的时间步 k</translation>
        </message>
        <message>
            <source>output step t</source>
            <translation>输出时间步 t</translation>
        </message>
        <message>
            <source>{0}: ‖∂L_t/∂h_k‖</source>
            <translation>{0}：‖∂L_t/∂h_k‖</translation>
        </message>
        <message>
            <source>log₁₀ of C / max C (each lane)</source>
            <translation>log₁₀(C / max C)（每条赛道各自）</translation>
        </message>
        <message>
            <source>These lanes are too large to compute their contributions here.</source>
            <translation>这些赛道太大，无法在此计算它们的梯度贡献。</translation>
        </message>
        <message>
            <source>Each lane's contributions appear here while it races (and when it ends).</source>
            <translation>比赛进行时（以及结束时），每条赛道的梯度贡献会显示在这里。</translation>
        </message>
        <message>
            <source>{0}: too large to compute</source>
            <translation>{0}：太大，无法计算</translation>
        </message>
        <message>
            <source>After update {0}, output step {1} still depends on inputs this many steps back (the earliest k giving at least 1 % of the row's largest ‖∂L_t/∂h_k‖): {2}</source>
            <translation>第 {0} 次更新后，输出步 {1} 仍依赖于这么多步之前的输入（取该行最大 ‖∂L_t/∂h_k‖ 至少 1% 的最早的 k）：{2}</translation>
        </message>
        <message>
            <source>Racing… update {0} of {1}</source>
            <translation>竞赛中… 第 {0} 次更新，共 {1} 次</translation>
        </message>
        <message>
            <source>loss {0}</source>
            <translation>损失 {0}</translation>
        </message>
        <message>
            <source>{0} of {1} seeds reached the goal</source>
            <translation>{1} 个种子中有 {0} 个达到目标</translation>
        </message>
        <message>
            <source>goal at update {0}</source>
            <translation>第 {0} 次更新时达到目标</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>{0} of {1} seeds diverged</source>
            <translation>{1} 个种子中有 {0} 个发散</translation>
        </message>
        <message>
            <source>{0} updates/s</source>
            <translation>{0} 次更新/秒</translation>
        </message>
        <message>
            <source>The race failed: {0}</source>
            <translation>竞赛出错：{0}</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>未知错误</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>已完成</translation>
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
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <source>Make the selected run's network the window's again, as it was when it was replaced (double-click a row does the same)</source>
            <translation>让选中的运行的网络重新成为窗口中的网络，恢复到它被替换时的状态（双击该行也可以）</translation>
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
            <source>{0} · in the window</source>
            <translation>{0} · 当前窗口中</translation>
        </message>
        <message>
            <source>{0} · can reopen</source>
            <translation>{0} · 可重新打开</translation>
        </message>
        <message>
            <source>Run {0}: {1}</source>
            <translation>运行 {0}：{1}</translation>
        </message>
    </context>
    <context>
        <name>SaturationView</name>
        <message>
            <source>fraction of time shut (gate &amp;lt; 0.1)</source>
            <translation>关闭的时间比例（门 &amp;lt; 0.1）</translation>
        </message>
        <message>
            <source>fraction of time open (gate &amp;gt; 0.9)</source>
            <translation>打开的时间比例（门 &amp;gt; 0.9）</translation>
        </message>
        <message>
            <source>Gate saturation</source>
            <translation>门饱和</translation>
        </message>
        <message>
            <source>This cell has no gates: nothing can saturate.</source>
            <translation>这种单元没有门：没有什么会饱和。</translation>
        </message>
        <message>
            <source>One dot per unit and gate. Right-hand edge: a gate almost always shut; top edge: almost always open; near the corner (0, 0): it decides case by case. The faint dots are where they were at the last refreshes: watch them move as the network trains.</source>
            <translation>每个点是一个单元的一个门。靠右边：门几乎总是关着；靠上边：几乎总是开着；靠近 (0, 0) 角：它视情况而定。淡色的点是它们在前几次刷新时的位置：看它们随着网络训练而移动。</translation>
        </message>
        <message>
            <source>gate {0}</source>
            <translation>门 {0}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>The saved settings were not used ({0}); loaded the default preset.</source>
            <translation>未使用保存的设置（{0}）；已载入默认预设。</translation>
        </message>
    </context>
    <context>
        <name>SettingsUndo</name>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Undo {0}</source>
            <translation>撤销{0}</translation>
        </message>
        <message>
            <source>Undo settings change</source>
            <translation>撤销设置更改</translation>
        </message>
        <message>
            <source>Back to the trained network ({0} updates)</source>
            <translation>已回到训练过的网络（{0} 次更新）</translation>
        </message>
        <message>
            <source>Settings back; a fresh network is ready</source>
            <translation>设置已恢复；新的网络已就绪</translation>
        </message>
    </context>
    <context>
        <name>Teaching</name>
        <message>
            <source>Lessons</source>
            <translation>课程</translation>
        </message>
        <message>
            <source>Unrolled network</source>
            <translation>展开的网络</translation>
        </message>
        <message>
            <source>Equations</source>
            <translation>公式</translation>
        </message>
        <message>
            <source>Try it yourself</source>
            <translation>动手试试</translation>
        </message>
        <message>
            <source>Verify gradients</source>
            <translation>验证梯度</translation>
        </message>
        <message>
            <source>Race mode</source>
            <translation>竞赛模式</translation>
        </message>
        <message>
            <source>&amp;Learn</source>
            <translation>学习(&amp;L)</translation>
        </message>
        <message>
            <source>Verify gradients now</source>
            <translation>立即验证梯度</translation>
        </message>
        <message>
            <source>Lesson “{0}”: press Start in Race mode to train the lanes side by side.</source>
            <translation>课程“{0}”：在竞赛模式中按“开始”，让各条赛道并排训练。</translation>
        </message>
        <message>
            <source>Lesson “{0}” loaded: press Train (Space).</source>
            <translation>已载入课程“{0}”：请按“训练”（空格键）。</translation>
        </message>
        <message>
            <source>Challenges</source>
            <translation>挑战</translation>
        </message>
        <message>
            <source>Challenge “{0}” loaded: press Train (Space), then Check my run.</source>
            <translation>挑战“{0}”已载入：按“训练”（空格键），然后按“检查我的运行”。</translation>
        </message>
        <message>
            <source>Memory horizon</source>
            <translation>记忆跨度</translation>
        </message>
        <message>
            <source>Neurons you can read</source>
            <translation>看得懂的神经元</translation>
        </message>
    </context>
    <context>
        <name>TorchExport</name>
        <message>
            <source>PyTorch script (.py)…</source>
            <translation>PyTorch 脚本（.py）…</translation>
        </message>
        <message>
            <source>A Python program that trains this network with PyTorch exactly as RNN Studio does (add --device cuda to run it on a GPU)</source>
            <translation>一个用 PyTorch 训练这个网络的 Python 程序，训练过程与 RNN Studio 完全相同（加上 --device cuda 即可在 GPU 上运行）</translation>
        </message>
        <message>
            <source>Export a PyTorch script</source>
            <translation>导出 PyTorch 脚本</translation>
        </message>
        <message>
            <source>Python program (*.py)</source>
            <translation>Python 程序 (*.py)</translation>
        </message>
        <message>
            <source>Start the program from the current weights? (No: from the start weights the seed gives, so that its first losses match this run's.)</source>
            <translation>让程序从当前的权重开始吗？（选“否”则从随机种子给出的初始权重开始，这样它最初的损失与这次运行的一致。）</translation>
        </message>
        <message>
            <source>the network could not be read</source>
            <translation>无法读取网络</translation>
        </message>
        <message>
            <source>Could not export to {0}: {1}</source>
            <translation>无法导出到 {0}：{1}</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>已保存 {0}</translation>
        </message>
    </context>
    <context>
        <name>Tour</name>
        <message>
            <source>Train</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>Gradient flow across time</source>
            <translation>梯度随时间的流动</translation>
        </message>
        <message>
            <source>Learn</source>
            <translation>学习</translation>
        </message>
        <message>
            <source>Starts training; press it again (or Space) to pause, and once more to resume. Step beside it makes exactly one update, so you can watch a single change.</source>
            <translation>开始训练；再按一次（或按空格键）暂停，再按一次继续。旁边的“单步”只做一次更新，让你看清一次变化。</translation>
        </message>
        <message>
            <source>How much of the error signal reaches each earlier time step, update after update. Colour fading towards the early steps means the gradient is vanishing: the network cannot learn from what happened that long ago.</source>
            <translation>每次更新时，误差信号有多少能到达之前的每个时间步。颜色越往早期的时间步越淡，说明梯度正在消失：网络无法从那么久以前发生的事情中学习。</translation>
        </message>
        <message>
            <source>Lessons, the unrolled network, the equations, try it yourself, race mode and why gradients vanish: each opens a view that explains what you are watching.</source>
            <translation>课程、展开的网络、公式、动手试试、竞赛模式和梯度为何消失：每一项都会打开一个视图，解释你正在看到的东西。</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>上一步</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Skip tour</source>
            <translation>跳过导览</translation>
        </message>
        <message>
            <source>{0} / {1}</source>
            <translation>{0} / {1}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <source>Changes apply at the next update, even while training; arrows step 1, 2, 5, 10...</source>
            <translation>修改会在下一次更新时生效，训练中也可以改；箭头按 1、2、5、10… 递增。</translation>
        </message>
    </context>
    <context>
        <name>TryItView</name>
        <message>
            <source>Try it yourself</source>
            <translation>动手试试</translation>
        </message>
        <message>
            <source>Train a model first; then type your own input here and watch the network answer.</source>
            <translation>请先训练一个模型，然后在这里输入你自己的内容，看看网络怎样回答。</translation>
        </message>
        <message>
            <source>Large</source>
            <translation>大字号</translation>
        </message>
        <message>
            <source>Larger text, for a projector</source>
            <translation>放大文字，便于投影</translation>
        </message>
        <message>
            <source>Try it yourself — {0}</source>
            <translation>动手试试 — {0}</translation>
        </message>
        <message>
            <source>Answers come from a copy of the weights taken at update {0}.</source>
            <translation>回答来自第 {0} 次更新时复制下来的权重。</translation>
        </message>
        <message>
            <source>Answers come from a copy of the weights.</source>
            <translation>回答来自权重的一份副本。</translation>
        </message>
    </context>
    <context>
        <name>UnrolledView</name>
        <message>
            <source>output ŷ&lt;sub&gt;t&lt;/sub&gt;</source>
            <translation>输出 ŷ&lt;sub&gt;t&lt;/sub&gt;</translation>
        </message>
        <message>
            <source>input x&lt;sub&gt;t&lt;/sub&gt;</source>
            <translation>输入 x&lt;sub&gt;t&lt;/sub&gt;</translation>
        </message>
        <message>
            <source>layer {0}&lt;br&gt;h&lt;sub&gt;0&lt;/sub&gt; = 0</source>
            <translation>第 {0} 层&lt;br&gt;h&lt;sub&gt;0&lt;/sub&gt; = 0</translation>
        </message>
        <message>
            <source>cell&lt;br&gt;h&lt;sub&gt;0&lt;/sub&gt; = 0</source>
            <translation>循环单元&lt;br&gt;h&lt;sub&gt;0&lt;/sub&gt; = 0</translation>
        </message>
        <message>
            <source>First step of the forward pass (Home)</source>
            <translation>前向传播的第一步（Home 键）</translation>
        </message>
        <message>
            <source>Previous step (←)</source>
            <translation>上一步（←）</translation>
        </message>
        <message>
            <source>Next step (→): forward to t = T, then backward through time</source>
            <translation>下一步（→）：先前向走到 t = T，再随时间反向传播</translation>
        </message>
        <message>
            <source>Last step of the backward pass (End)</source>
            <translation>反向传播的最后一步（End 键）</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>前向传播</translation>
        </message>
        <message>
            <source>Backward (BPTT)</source>
            <translation>反向传播（BPTT）</translation>
        </message>
        <message>
            <source>layer {0}</source>
            <translation>第 {0} 层</translation>
        </message>
        <message>
            <source>The layer whose numbers the panels show</source>
            <translation>下方面板和电路图显示哪一层的数值</translation>
        </message>
        <message>
            <source>unit {0}</source>
            <translation>单元 {0}</translation>
        </message>
        <message>
            <source>The hidden unit whose numbers the circuit shows</source>
            <translation>电路图显示哪一个隐藏单元的数值</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+wheel)</source>
            <translation>缩小（Ctrl+滚轮）</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+wheel)</source>
            <translation>放大（Ctrl+滚轮）</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>全览</translation>
        </message>
        <message>
            <source>Fit the whole sequence</source>
            <translation>缩放到能看到整条序列</translation>
        </message>
        <message>
            <source>Large</source>
            <translation>大字</translation>
        </message>
        <message>
            <source>Larger drawing and text, for a projector</source>
            <translation>放大图形和文字，适合投影</translation>
        </message>
        <message>
            <source>Predict first</source>
            <translation>先预测</translation>
        </message>
        <message>
            <source>Before each step is shown, predict it (an output bit, a gate, a gradient) and keep score</source>
            <translation>每一步揭晓之前先预测它（一个输出位、一个门、一个梯度），并记分</translation>
        </message>
        <message>
            <source>node colour: value</source>
            <translation>节点颜色：数值</translation>
        </message>
        <message>
            <source>output / gate (0 … 1)</source>
            <translation>输出 / 门（0 … 1）</translation>
        </message>
        <message>
            <source>10⁻⁴ × max</source>
            <translation>最大值 × 10⁻⁴</translation>
        </message>
        <message>
            <source>max</source>
            <translation>最大值</translation>
        </message>
        <message>
            <source>arrow: gradient flowing back (log)</source>
            <translation>箭头：反向流动的梯度（对数刻度）</translation>
        </message>
        <message>
            <source>Train a model, then its probe sequence appears here unrolled in time.</source>
            <translation>先训练一个模型，它的探测序列就会按时间展开显示在这里。</translation>
        </message>
        <message>
            <source>loss of this sequence {0}</source>
            <translation>这条序列的损失 {0}</translation>
        </message>
        <message>
            <source>truncated BPTT: windows of {0} steps</source>
            <translation>截断 BPTT：每个窗口 {0} 步</translation>
        </message>
        <message>
            <source>showing the first {0} of {1} steps</source>
            <translation>只显示 {1} 步中的前 {0} 步</translation>
        </message>
        <message>
            <source>Backward (BPTT) · step t = {0} of {1}</source>
            <translation>反向传播（BPTT）· 时间步 t = {0} / {1}</translation>
        </message>
        <message>
            <source>Forward · step t = {0} of {1}</source>
            <translation>前向传播 · 时间步 t = {0} / {1}</translation>
        </message>
        <message>
            <source>node colour: gradient ∂L/∂h</source>
            <translation>节点颜色：梯度 ∂L/∂h</translation>
        </message>
        <message>
            <source>node colour: value h (c: ±{0})</source>
            <translation>节点颜色：数值 h（c：±{0}）</translation>
        </message>
        <message>
            <source>node colour: value h</source>
            <translation>节点颜色：数值 h</translation>
        </message>
        <message>
            <source>max {0}</source>
            <translation>最大值 {0}</translation>
        </message>
        <message>
            <source>h&lt;sub&gt;{0}&lt;/sub&gt; → h&lt;sub&gt;{1}&lt;/sub&gt;: ‖∂L/∂h&lt;sub&gt;{0}&lt;/sub&gt; from step {1}‖ = {2} (cut: truncated BPTT)</source>
            <translation>h&lt;sub&gt;{0}&lt;/sub&gt; → h&lt;sub&gt;{1}&lt;/sub&gt;：从第 {1} 步传回的 ‖∂L/∂h&lt;sub&gt;{0}&lt;/sub&gt;‖ = {2}（已切断：截断 BPTT）</translation>
        </message>
        <message>
            <source>h&lt;sub&gt;{0}&lt;/sub&gt; → h&lt;sub&gt;{1}&lt;/sub&gt;: ‖∂L/∂h&lt;sub&gt;{0}&lt;/sub&gt; from step {1}‖ = {2}</source>
            <translation>h&lt;sub&gt;{0}&lt;/sub&gt; → h&lt;sub&gt;{1}&lt;/sub&gt;：从第 {1} 步传回的 ‖∂L/∂h&lt;sub&gt;{0}&lt;/sub&gt;‖ = {2}</translation>
        </message>
        <message>
            <source>c&lt;sub&gt;{0}&lt;/sub&gt; → c&lt;sub&gt;{1}&lt;/sub&gt;: ‖∂L/∂c&lt;sub&gt;{0}&lt;/sub&gt; from step {1}‖ = {2} (cut: truncated BPTT)</source>
            <translation>c&lt;sub&gt;{0}&lt;/sub&gt; → c&lt;sub&gt;{1}&lt;/sub&gt;：从第 {1} 步传回的 ‖∂L/∂c&lt;sub&gt;{0}&lt;/sub&gt;‖ = {2}（已切断：截断 BPTT）</translation>
        </message>
        <message>
            <source>c&lt;sub&gt;{0}&lt;/sub&gt; → c&lt;sub&gt;{1}&lt;/sub&gt;: ‖∂L/∂c&lt;sub&gt;{0}&lt;/sub&gt; from step {1}‖ = {2}</source>
            <translation>c&lt;sub&gt;{0}&lt;/sub&gt; → c&lt;sub&gt;{1}&lt;/sub&gt;：从第 {1} 步传回的 ‖∂L/∂c&lt;sub&gt;{0}&lt;/sub&gt;‖ = {2}</translation>
        </message>
        <message>
            <source>{0}&lt;sub&gt;{1}&lt;/sub&gt;[unit {2}] = {3}</source>
            <translation>{0}&lt;sub&gt;{1}&lt;/sub&gt;[单元 {2}] = {3}</translation>
        </message>
        <message>
            <source>{0} of {1} units listed</source>
            <translation>列出了 {1} 个单元中的 {0} 个</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Forward · step t = {0}</source>
            <translation>前向传播 · 时间步 t = {0}</translation>
        </message>
        <message>
            <source>Backward (BPTT) · step t = {0}</source>
            <translation>反向传播（BPTT）· 时间步 t = {0}</translation>
        </message>
        <message>
            <source>Input x&lt;sub&gt;{0}&lt;/sub&gt;: &lt;b&gt;{1}&lt;/b&gt;</source>
            <translation>输入 x&lt;sub&gt;{0}&lt;/sub&gt;：&lt;b&gt;{1}&lt;/b&gt;</translation>
        </message>
        <message>
            <source> — column sum a + b + carry = {0} + {1} + {2} = {3}: sum bit &lt;b&gt;{4}&lt;/b&gt;, carry out &lt;b&gt;{5}&lt;/b&gt; (what h&lt;sub&gt;{6}&lt;/sub&gt; must remember).</source>
            <translation> —— 这一位的和 a + b + 进位 = {0} + {1} + {2} = {3}：和的这一位是 &lt;b&gt;{4}&lt;/b&gt;，向高位进位 &lt;b&gt;{5}&lt;/b&gt;（这正是 h&lt;sub&gt;{6}&lt;/sub&gt; 必须记住的）。</translation>
        </message>
        <message>
            <source> Unit {0} follows the carry best on held-out sums (r = {1}); here h = {2}.</source>
            <translation>在留出集的加法中，单元 {0} 与进位最吻合（r = {1}）；这一步它的 h = {2}。</translation>
        </message>
        <message>
            <source>Output: a&lt;sup&gt;y&lt;/sup&gt;&lt;sub&gt;{0}&lt;/sub&gt; = h&lt;sub&gt;{0}&lt;/sub&gt; W&lt;sub&gt;hy&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt; = {1} → ŷ = σ({2}) = &lt;b&gt;{3}&lt;/b&gt; → bit &lt;b&gt;{4}&lt;/b&gt;</source>
            <translation>输出：a&lt;sup&gt;y&lt;/sup&gt;&lt;sub&gt;{0}&lt;/sub&gt; = h&lt;sub&gt;{0}&lt;/sub&gt; W&lt;sub&gt;hy&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt; = {1} → ŷ = σ({2}) = &lt;b&gt;{3}&lt;/b&gt; → 比特 &lt;b&gt;{4}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Output: softmax over {0} classes of a&lt;sup&gt;y&lt;/sup&gt; = h W&lt;sub&gt;hy&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt; → &lt;b&gt;{1}&lt;/b&gt;</source>
            <translation>输出：对 a&lt;sup&gt;y&lt;/sup&gt; = h W&lt;sub&gt;hy&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt; 的 {0} 个类别做 softmax → &lt;b&gt;{1}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Output: ŷ = h W&lt;sub&gt;hy&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt; = &lt;b&gt;{0}&lt;/b&gt;</source>
            <translation>输出：ŷ = h W&lt;sub&gt;hy&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt; = &lt;b&gt;{0}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>; target {0}</source>
            <translation>；目标 {0}</translation>
        </message>
        <message>
            <source>✓ right</source>
            <translation>✓ 正确</translation>
        </message>
        <message>
            <source>✗ wrong</source>
            <translation>✗ 错误</translation>
        </message>
        <message>
            <source> (not scored at this step)</source>
            <translation>（这一步不计入损失）</translation>
        </message>
        <message>
            <source> (gates also see c through p&lt;sub&gt;i&lt;/sub&gt;, p&lt;sub&gt;f&lt;/sub&gt;, p&lt;sub&gt;o&lt;/sub&gt;)</source>
            <translation>（各个门还通过 p&lt;sub&gt;i&lt;/sub&gt;、p&lt;sub&gt;f&lt;/sub&gt;、p&lt;sub&gt;o&lt;/sub&gt; 看到 c）</translation>
        </message>
        <message>
            <source>the output at this step (δa&lt;sup&gt;y&lt;/sup&gt; W&lt;sub&gt;hy&lt;/sub&gt;&lt;sup&gt;⊤&lt;/sup&gt;)</source>
            <translation>这一步的输出 δa&lt;sup&gt;y&lt;/sup&gt; W&lt;sub&gt;hy&lt;/sub&gt;&lt;sup&gt;⊤&lt;/sup&gt;</translation>
        </message>
        <message>
            <source>the layer above</source>
            <translation>上一层</translation>
        </message>
        <message>
            <source>δh&lt;sub&gt;{0}&lt;/sub&gt; = (from {1}) + (from step {2})</source>
            <translation>δh&lt;sub&gt;{0}&lt;/sub&gt; =（来自{1}）+（来自第 {2} 步）</translation>
        </message>
        <message>
            <source>δh&lt;sub&gt;{0}&lt;/sub&gt; = (from {1}); nothing comes back from after T</source>
            <translation>δh&lt;sub&gt;{0}&lt;/sub&gt; =（来自{1}）；T 之后没有梯度传回来</translation>
        </message>
        <message>
            <source>. Norms: {0} from above, {1} from step {2}, total ‖δh&lt;sub&gt;{3}&lt;/sub&gt;‖ = &lt;b&gt;{4}&lt;/b&gt;.</source>
            <translation>。范数：来自上方的为 {0}，来自第 {2} 步的为 {1}，合计 ‖δh&lt;sub&gt;{3}&lt;/sub&gt;‖ = &lt;b&gt;{4}&lt;/b&gt;。</translation>
        </message>
        <message>
            <source> &lt;b&gt;Cut:&lt;/b&gt; truncated BPTT stops the gradient at the edge of its {0}-step window, so nothing arrives from step {1}.</source>
            <translation>&lt;b&gt;切断：&lt;/b&gt;截断 BPTT 在 {0} 步窗口的边界挡住了梯度，所以没有梯度从第 {1} 步传回来。</translation>
        </message>
        <message>
            <source> Compared with step {0}: × {1}.</source>
            <translation>与第 {0} 步相比：× {1}。</translation>
        </message>
        <message>
            <source>δa&lt;sub&gt;{0}&lt;/sub&gt; = δh&lt;sub&gt;{0}&lt;/sub&gt; ⊙ φ′(a&lt;sub&gt;{0}&lt;/sub&gt;) with φ′ = {1}; it passes δa&lt;sub&gt;{0}&lt;/sub&gt; W&lt;sub&gt;hh&lt;/sub&gt;&lt;sup&gt;⊤&lt;/sup&gt; back to step {2} and adds x&lt;sub&gt;{0}&lt;/sub&gt;&lt;sup&gt;⊤&lt;/sup&gt; δa&lt;sub&gt;{0}&lt;/sub&gt; to ∂L/∂W&lt;sub&gt;xh&lt;/sub&gt;, h&lt;sub&gt;{2}&lt;/sub&gt;&lt;sup&gt;⊤&lt;/sup&gt; δa&lt;sub&gt;{0}&lt;/sub&gt; to ∂L/∂W&lt;sub&gt;hh&lt;/sub&gt;.</source>
            <translation>δa&lt;sub&gt;{0}&lt;/sub&gt; = δh&lt;sub&gt;{0}&lt;/sub&gt; ⊙ φ′(a&lt;sub&gt;{0}&lt;/sub&gt;)，其中 φ′ = {1}；它把 δa&lt;sub&gt;{0}&lt;/sub&gt; W&lt;sub&gt;hh&lt;/sub&gt;&lt;sup&gt;⊤&lt;/sup&gt; 传回第 {2} 步，并把 x&lt;sub&gt;{0}&lt;/sub&gt;&lt;sup&gt;⊤&lt;/sup&gt; δa&lt;sub&gt;{0}&lt;/sub&gt; 累加到 ∂L/∂W&lt;sub&gt;xh&lt;/sub&gt;，把 h&lt;sub&gt;{2}&lt;/sub&gt;&lt;sup&gt;⊤&lt;/sup&gt; δa&lt;sub&gt;{0}&lt;/sub&gt; 累加到 ∂L/∂W&lt;sub&gt;hh&lt;/sub&gt;。</translation>
        </message>
        <message>
            <source>from above</source>
            <translation>来自上方</translation>
        </message>
        <message>
            <source>from t+1</source>
            <translation>来自 t+1</translation>
        </message>
        <message>
            <source>δc&lt;sub&gt;{0}&lt;/sub&gt; = δh&lt;sub&gt;{0}&lt;/sub&gt; ⊙ o&lt;sub&gt;{0}&lt;/sub&gt; ⊙ (1 − tanh² c&lt;sub&gt;{0}&lt;/sub&gt;){1} + (from step {2} along the highway); ‖δc&lt;sub&gt;{0}&lt;/sub&gt;‖ = &lt;b&gt;{3}&lt;/b&gt;. The highway passes δc&lt;sub&gt;{0}&lt;/sub&gt; ⊙ f&lt;sub&gt;{0}&lt;/sub&gt; back to step {4}: only the forget gate scales it.</source>
            <translation>δc&lt;sub&gt;{0}&lt;/sub&gt; = δh&lt;sub&gt;{0}&lt;/sub&gt; ⊙ o&lt;sub&gt;{0}&lt;/sub&gt; ⊙ (1 − tanh² c&lt;sub&gt;{0}&lt;/sub&gt;){1} +（沿高速通道来自第 {2} 步）；‖δc&lt;sub&gt;{0}&lt;/sub&gt;‖ = &lt;b&gt;{3}&lt;/b&gt;。高速通道把 δc&lt;sub&gt;{0}&lt;/sub&gt; ⊙ f&lt;sub&gt;{0}&lt;/sub&gt; 传回第 {4} 步：只有遗忘门会缩放它。</translation>
        </message>
        <message>
            <source>δc from t+1</source>
            <translation>来自 t+1 的 δc</translation>
        </message>
        <message>
            <source>Back to step {0} directly through the update gate: δh&lt;sub&gt;{1}&lt;/sub&gt; ⊙ z&lt;sub&gt;{1}&lt;/sub&gt;, plus through the gates' weights.</source>
            <translation>经更新门直接传回第 {0} 步的是 δh&lt;sub&gt;{1}&lt;/sub&gt; ⊙ z&lt;sub&gt;{1}&lt;/sub&gt;，其余部分经各个门的权重传回。</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Welcome…</source>
            <translation>欢迎…</translation>
        </message>
        <message>
            <source>Tour</source>
            <translation>导览</translation>
        </message>
        <message>
            <source>The lesson could not be found.</source>
            <translation>找不到这门课程。</translation>
        </message>
        <message>
            <source>Data files ({0})</source>
            <translation>数据文件（{0}）</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Open your own data</source>
            <translation>打开你自己的数据</translation>
        </message>
        <message>
            <source>{0}: RNN Studio reads these files as data: {1}</source>
            <translation>{0}：RNN Studio 能作为数据读取的文件是：{1}</translation>
        </message>
        <message>
            <source>{0} loaded for {1}: press Train (Space).</source>
            <translation>已为“{1}”载入 {0}：按“训练”（空格键）。</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to RNN Studio</source>
            <translation>欢迎使用 RNN Studio</translation>
        </message>
        <message>
            <source>RNN Studio lets you build a recurrent network, train it and watch it learn: the loss, the predictions, the states inside and how far the error signal travels back in time. Everything is computed exactly, step by step, so you can pause at any update and look. Pick a start below, or close this window and explore: Help → Welcome… brings it back.</source>
            <translation>在 RNN Studio 里，你可以搭建一个循环神经网络，训练它，并看着它学习：损失、预测、网络内部的状态，以及误差信号能沿时间往回传多远。一切都逐步精确计算，你可以在任何一次更新处暂停下来仔细看。从下面选一个开始，或者关掉这个窗口自己探索：“帮助 → 欢迎…”可以再次打开它。</translation>
        </message>
        <message>
            <source>Train the binary adder</source>
            <translation>训练二进制加法器</translation>
        </message>
        <message>
            <source>The default set-up: a small Elman network learns to add two binary numbers, one bit per time step. Training starts at once.</source>
            <translation>默认设置：一个小型 Elman 网络学习把两个二进制数相加，每个时间步一位。训练会立即开始。</translation>
        </message>
        <message>
            <source>Open the vanishing-gradient lesson</source>
            <translation>打开“梯度消失”课程</translation>
        </message>
        <message>
            <source>Elman, LSTM and GRU race to remember a symbol for 20 steps; the gradient-flow maps show why only the gated cells manage it.</source>
            <translation>Elman、LSTM 和 GRU 比赛把一个符号记住 20 步；梯度流动图会告诉你为什么只有带门控的单元能做到。</translation>
        </message>
        <message>
            <source>Open your own data…</source>
            <translation>打开你自己的数据…</translation>
        </message>
        <message>
            <source>Train on a file of your own, read by the task for its kind ({0}).</source>
            <translation>用你自己的文件训练，由读取这类文件的任务来使用（{0}）。</translation>
        </message>
        <message>
            <source>Take the tour</source>
            <translation>参观导览</translation>
        </message>
        <message>
            <source>Show at start-up</source>
            <translation>启动时显示</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Runs</source>
            <translation>运行记录</translation>
        </message>
        <message>
            <source>Notes on this experiment (saved in the file)</source>
            <translation>关于这个实验的笔记（会保存在文件中）</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>笔记</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Open an experiment (.rnnstudio) or settings (.json) file</source>
            <translation>打开实验文件 (.rnnstudio) 或设置文件 (.json)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save the experiment: settings, weights, optimizer state, history and notes</source>
            <translation>保存实验：设置、权重、优化器状态、历史记录和笔记</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>Save the experiment under a new name</source>
            <translation>用新的文件名保存实验</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <source>Plots</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>{0} as {1}…</source>
            <translation>{0}，导出为 {1}…</translation>
        </message>
        <message>
            <source>Metrics history (CSV)…</source>
            <translation>指标历史 (CSV)…</translation>
        </message>
        <message>
            <source>Weights (.npz)…</source>
            <translation>权重 (.npz)…</translation>
        </message>
        <message>
            <source>Weights in PyTorch layout (.npz)…</source>
            <translation>PyTorch 格式的权重 (.npz)…</translation>
        </message>
        <message>
            <source>Settings (JSON)…</source>
            <translation>设置 (JSON)…</translation>
        </message>
        <message>
            <source>Runs table (CSV)…</source>
            <translation>运行记录表 (CSV)…</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>演示模式(&amp;P)</translation>
        </message>
        <message>
            <source>Large fonts and thick lines for a projector</source>
            <translation>大字体、粗线条，适合投影</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Hide controls…</source>
            <translation>隐藏控件(&amp;H)…</translation>
        </message>
        <message>
            <source>Instructor: choose settings to hide from the panels (saved in the experiment)</source>
            <translation>教师用：选择要在面板中隐藏的设置项（保存在实验文件中）</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>首选项(&amp;F)…</translation>
        </message>
        <message>
            <source>Run {0} reopened at update {1}; Train continues from here</source>
            <translation>运行 {0} 已在第 {1} 次更新处重新打开；“训练”将从这里继续</translation>
        </message>
        <message>
            <source>Save experiment</source>
            <translation>保存实验</translation>
        </message>
        <message>
            <source>RNN Studio experiment (*.rnnstudio)</source>
            <translation>RNN Studio 实验 (*.rnnstudio)</translation>
        </message>
        <message>
            <source>Nothing to save: the network could not be read (press Reset after an engine error).</source>
            <translation>没有可保存的内容：无法读取网络（引擎出错后请按“重置”）。</translation>
        </message>
        <message>
            <source>Saved {0} (step {1})</source>
            <translation>已保存 {0}（第 {1} 步）</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>RNN Studio files (*.rnnstudio *.json);;All files (*)</source>
            <translation>RNN Studio 文件 (*.rnnstudio *.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Opened {0}: step {1}; Train continues from here</source>
            <translation>已打开 {0}：第 {1} 步；点“训练”从这里继续</translation>
        </message>
        <message>
            <source>{0} is not where this run was trained on it; the same file was found beside the experiment and is used: {1}.</source>
            <translation>{0} 已不在这个运行训练时的位置；在实验文件旁找到了同一个文件，现在使用它：{1}。</translation>
        </message>
        <message>
            <source>{0} now reads {1} (was {2}); save to keep the new place.</source>
            <translation>{0} 现在读取 {1}（原为 {2}）；保存后会记住新位置。</translation>
        </message>
        <message>
            <source>Data file not found</source>
            <translation>找不到数据文件</translation>
        </message>
        <message>
            <source>{0} was trained on {1}, which is not there any more.</source>
            <translation>{0} 是用 {1} 训练的，但它已不在那里。</translation>
        </message>
        <message>
            <source>Its weights and curves are in the experiment; to open it, show where the data is now.</source>
            <translation>它的权重和曲线都在实验文件里；要打开它，请指出数据现在在哪里。</translation>
        </message>
        <message>
            <source>Locate…</source>
            <translation>查找…</translation>
        </message>
        <message>
            <source>Where is {0}?</source>
            <translation>{0} 在哪里？</translation>
        </message>
        <message>
            <source>{0} (*{1});;All files (*)</source>
            <translation>{0} (*{1});;所有文件 (*)</translation>
        </message>
        <message>
            <source>Where is the folder {0}?</source>
            <translation>文件夹 {0} 在哪里？</translation>
        </message>
        <message>
            <source>this experiment</source>
            <translation>这个实验</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>有未保存的更改</translation>
        </message>
        <message>
            <source>Save the changes to {0}?</source>
            <translation>要保存对{0}的更改吗？</translation>
        </message>
        <message>
            <source>Training progress, settings and notes since the last save will be lost otherwise.</source>
            <translation>否则，上次保存之后的训练进度、设置和笔记都会丢失。</translation>
        </message>
        <message>
            <source>Cannot open {0}</source>
            <translation>无法打开 {0}</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>（暂无）</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>清空列表</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV 表格 (*.csv)</translation>
        </message>
        <message>
            <source>NumPy arrays (*.npz)</source>
            <translation>NumPy 数组 (*.npz)</translation>
        </message>
        <message>
            <source>JSON settings (*.json)</source>
            <translation>JSON 设置 (*.json)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>the network could not be read</source>
            <translation>无法读取网络</translation>
        </message>
        <message>
            <source>Could not export to {0}: {1}</source>
            <translation>无法导出到 {0}：{1}</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>已保存 {0}</translation>
        </message>
        <message>
            <source>The translation for {0} is missing from this installation.</source>
            <translation>此安装中缺少{0}的翻译文件。</translation>
        </message>
        <message>
            <source>{0} setting(s) hidden (View &gt; Hide controls… shows them again)</source>
            <translation>已隐藏 {0} 个设置项（可通过“视图 &gt; 隐藏控件…”重新显示）</translation>
        </message>
    </context>
    <context>
        <name>engine</name>
        <message>
            <source>one of {choices}</source>
            <translation>{choices} 之一</translation>
        </message>
        <message>
            <source>a number from {lo} to {hi}</source>
            <translation>{lo} 到 {hi} 之间的数</translation>
        </message>
        <message>
            <source>an integer</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数</translation>
        </message>
        <message>
            <source>an integer from {lo} to {hi}</source>
            <translation>{lo} 到 {hi} 之间的整数</translation>
        </message>
        <message>
            <source>a value is required: {allowed}</source>
            <translation>必须填写一个值，应为 {allowed}</translation>
        </message>
        <message>
            <source>{value!r} is not valid; expected {allowed}</source>
            <translation>{value!r} 无效；应为 {allowed}</translation>
        </message>
        <message>
            <source>{value!r} is not allowed; expected {allowed}</source>
            <translation>不允许 {value!r}；应为 {allowed}</translation>
        </message>
        <message>
            <source>{value!r} is out of range; expected {allowed}</source>
            <translation>{value!r} 超出范围；应为 {allowed}</translation>
        </message>
        <message>
            <source>must be a JSON object of settings</source>
            <translation>必须是一个由各项设置组成的 JSON 对象</translation>
        </message>
        <message>
            <source>{version!r} is newer than this RNN Studio understands (≤ {latest})</source>
            <translation>{version!r} 比此版本的 RNN Studio 能读取的更新（最多 {latest}）</translation>
        </message>
        <message>
            <source>{value!r} is not a finite number; expected {allowed}</source>
            <translation>{value!r} 不是有限的数；应为 {allowed}</translation>
        </message>
        <message>
            <source>not valid JSON ({error} at line {line})</source>
            <translation>不是有效的 JSON（第 {line} 行：{error}）</translation>
        </message>
        <message>
            <source>cannot read {path}: {reason}</source>
            <translation>无法读取 {path}：{reason}</translation>
        </message>
        <message>
            <source>{field}: {reason}</source>
            <translation>{field}：{reason}</translation>
        </message>
        <message>
            <source>an empty name</source>
            <translation>空的名称</translation>
        </message>
        <message>
            <source>an absolute path</source>
            <translation>绝对路径</translation>
        </message>
        <message>
            <source>a path that leaves its folder ('..')</source>
            <translation>跳出所在文件夹的路径（'..'）</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>state.json has no 'trainer' section</source>
            <translation>state.json 里没有 'trainer' 部分</translation>
        </message>
        <message>
            <source>state.json: 'ui' must be an object</source>
            <translation>state.json：'ui' 必须是一个对象</translation>
        </message>
        <message>
            <source>state.json: 'hidden_controls' must be a list of setting names</source>
            <translation>state.json：'hidden_controls' 必须是由设置名组成的列表</translation>
        </message>
        <message>
            <source>state.json must be a JSON object</source>
            <translation>state.json 必须是一个 JSON 对象</translation>
        </message>
        <message>
            <source>this is not an RNN Studio experiment (state.json format is {found!r}, expected {format!r})</source>
            <translation>这不是 RNN Studio 实验（state.json 的格式是 {found!r}，应为 {format!r}）</translation>
        </message>
        <message>
            <source>state.json: version {version!r} is not valid</source>
            <translation>state.json：版本 {version!r} 无效</translation>
        </message>
        <message>
            <source>it was saved by a newer RNN Studio (file format version {version}; this version reads up to {latest}). Please update RNN Studio to open it.</source>
            <translation>它是由更新版本的 RNN Studio 保存的（文件格式版本 {version}；此版本最多能读取 {latest}）。请更新 RNN Studio 后再打开。</translation>
        </message>
        <message>
            <source>the file is larger than any experiment RNN Studio writes</source>
            <translation>这个文件比 RNN Studio 写出的任何实验文件都大</translation>
        </message>
        <message>
            <source>it is not an RNN Studio experiment file (not a zip archive)</source>
            <translation>这不是 RNN Studio 实验文件（不是 zip 压缩包）</translation>
        </message>
        <message>
            <source>the file is damaged ({member} is shorter than it declares)</source>
            <translation>文件已损坏（{member} 比它声明的长度短）</translation>
        </message>
        <message>
            <source>metrics.csv: header must start with {columns}</source>
            <translation>metrics.csv：表头必须以 {columns} 开头</translation>
        </message>
        <message>
            <source>metrics.csv: metric columns must have distinct names</source>
            <translation>metrics.csv：各指标列的名称必须不同</translation>
        </message>
        <message>
            <source>{name} would be {size:,} bytes, more than the {limit:,} an experiment file may hold</source>
            <translation>{name} 将有 {size:,} 字节，超过了实验文件允许的 {limit:,} 字节</translation>
        </message>
        <message>
            <source>Could not save {path}: {reason}</source>
            <translation>无法保存 {path}：{reason}</translation>
        </message>
        <message>
            <source>Cannot open {name}: {reason}</source>
            <translation>无法打开 {name}：{reason}</translation>
        </message>
        <message>
            <source>config.json is not UTF-8 text</source>
            <translation>config.json 不是 UTF-8 文本</translation>
        </message>
        <message>
            <source>config.json: {reason}</source>
            <translation>config.json：{reason}</translation>
        </message>
        <message>
            <source>metrics.csv or notes.md is not UTF-8 text</source>
            <translation>metrics.csv 或 notes.md 不是 UTF-8 文本</translation>
        </message>
        <message>
            <source>config.json: the corpus {corpus!r} cannot be read on this computer ({reason})</source>
            <translation>config.json：在这台电脑上无法读取语料 {corpus!r}（{reason}）</translation>
        </message>
        <message>
            <source>{where} does not fit this experiment's settings: {reason}</source>
            <translation>{where} 与这个实验的设置不符：{reason}</translation>
        </message>
        <message>
            <source>the file is damaged or incomplete (not a readable zip archive)</source>
            <translation>文件已损坏或不完整（不是可读取的 zip 压缩包）</translation>
        </message>
        <message>
            <source>the archive has {n} members; an experiment has {want}</source>
            <translation>压缩包里有 {n} 个成员；实验文件只有 {want} 个</translation>
        </message>
        <message>
            <source>refused: the members would unpack to {size:,} bytes</source>
            <translation>已拒绝：所有成员解压后共有 {size:,} 字节</translation>
        </message>
        <message>
            <source>the file is incomplete: {members} is missing</source>
            <translation>文件不完整：缺少 {members}</translation>
        </message>
        <message>
            <source>the file is damaged or incomplete ({member}: {reason})</source>
            <translation>文件已损坏或不完整（{member}：{reason}）</translation>
        </message>
        <message>
            <source>{name} is damaged (not an .npz archive)</source>
            <translation>{name} 已损坏（不是 .npz 压缩包）</translation>
        </message>
        <message>
            <source>refused: {name} holds {n} arrays</source>
            <translation>已拒绝：{name} 含有 {n} 个数组</translation>
        </message>
        <message>
            <source>metrics.csv: empty (expected a header line)</source>
            <translation>metrics.csv：是空的（应有一行表头）</translation>
        </message>
        <message>
            <source>metrics.csv line {line}: {n} values, expected {want}</source>
            <translation>metrics.csv 第 {line} 行：有 {n} 个值，应为 {want} 个</translation>
        </message>
        <message>
            <source>metrics.csv line {line}: steps must increase</source>
            <translation>metrics.csv 第 {line} 行：步数必须递增</translation>
        </message>
        <message>
            <source>refused: member {member!r} has {problem}</source>
            <translation>已拒绝：成员 {member!r} 含有{problem}</translation>
        </message>
        <message>
            <source>refused: unexpected member {member!r} (an experiment holds only {members})</source>
            <translation>已拒绝：意外的成员 {member!r}（实验文件只包含 {members}）</translation>
        </message>
        <message>
            <source>refused: member {member!r} appears twice</source>
            <translation>已拒绝：成员 {member!r} 出现了两次</translation>
        </message>
        <message>
            <source>refused: member {member!r} is encrypted</source>
            <translation>已拒绝：成员 {member!r} 已加密</translation>
        </message>
        <message>
            <source>refused: member {member!r} uses an unsupported compression</source>
            <translation>已拒绝：成员 {member!r} 使用了不支持的压缩方式</translation>
        </message>
        <message>
            <source>refused: member {member!r} would unpack to {size:,} bytes (at most {limit:,} allowed)</source>
            <translation>已拒绝：成员 {member!r} 解压后有 {size:,} 字节（最多允许 {limit:,} 字节）</translation>
        </message>
        <message>
            <source>refused: member {member!r} is compressed {ratio:,} to 1, far beyond real data (a zip bomb?)</source>
            <translation>已拒绝：成员 {member!r} 的压缩比是 {ratio:,} 比 1，远超真实数据（是 zip 炸弹吗？）</translation>
        </message>
        <message>
            <source>refused: {name} has an unexpected member {member!r}</source>
            <translation>已拒绝：{name} 含有意外的成员 {member!r}</translation>
        </message>
        <message>
            <source>refused: {name}: '{key}' declares {size:,} bytes</source>
            <translation>已拒绝：{name}：'{key}' 声明有 {size:,} 字节</translation>
        </message>
        <message>
            <source>metrics.csv line {line}: not a number</source>
            <translation>metrics.csv 第 {line} 行：不是数</translation>
        </message>
        <message>
            <source>metrics.csv line {line}: loss, gradient norms and lr must be all given or all empty</source>
            <translation>metrics.csv 第 {line} 行：loss、梯度范数和 lr 必须全部给出或全部留空</translation>
        </message>
        <message>
            <source>refused: member {member!r} unpacks to more than it declares</source>
            <translation>已拒绝：成员 {member!r} 解压后比它声明的大</translation>
        </message>
        <message>
            <source>{name}: '{key}' is not a readable array ({reason})</source>
            <translation>{name}：'{key}' 不是可读取的数组（{reason}）</translation>
        </message>
        <message>
            <source>refused: {name}: '{key}' has data type {dtype} (only numbers are allowed; pickled objects are refused)</source>
            <translation>已拒绝：{name}：'{key}' 的数据类型是 {dtype}（只允许数值；pickle 对象一律拒绝）</translation>
        </message>
        <message>
            <source>refused: {name}: '{key}' has shape {shape}</source>
            <translation>已拒绝：{name}：'{key}' 的形状是 {shape}</translation>
        </message>
        <message>
            <source>refused: {name}: '{key}' has {n:,} values</source>
            <translation>已拒绝：{name}：'{key}' 有 {n:,} 个值</translation>
        </message>
        <message>
            <source>{name}: '{key}' is truncated</source>
            <translation>{name}：'{key}' 被截断了</translation>
        </message>
        <message>
            <source>{value!r} cannot be exported to PyTorch yet; exportable cells: {known}</source>
            <translation>{value!r} 还不能导出为 PyTorch 程序；可以导出的单元有：{known}</translation>
        </message>
        <message>
            <source>{value!r} cannot be exported to PyTorch yet; exportable tasks: {known}</source>
            <translation>{value!r} 还不能导出为 PyTorch 程序；可以导出的任务有：{known}</translation>
        </message>
        <message>
            <source>outputs</source>
            <translation>输出数</translation>
        </message>
        <message>
            <source>gates*hidden, inputs</source>
            <translation>门数*隐藏单元数, 输入数</translation>
        </message>
        <message>
            <source>gates*hidden, hidden</source>
            <translation>门数*隐藏单元数, 隐藏单元数</translation>
        </message>
        <message>
            <source>gates*hidden</source>
            <translation>门数*隐藏单元数</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>隐藏单元数</translation>
        </message>
        <message>
            <source>outputs, hidden</source>
            <translation>输出数, 隐藏单元数</translation>
        </message>
        <message>
            <source>weights: '{key}' must be a JSON object</source>
            <translation>权重：'{key}' 必须是一个 JSON 对象</translation>
        </message>
        <message>
            <source>weights: '{key}' format is {found!r}, expected {format!r}</source>
            <translation>权重：'{key}' 的格式是 {found!r}，应为 {format!r}</translation>
        </message>
        <message>
            <source>weights: file version {version!r} is newer than this RNN Studio reads (&lt;= {latest})</source>
            <translation>权重：文件版本 {version!r} 比此版本的 RNN Studio 能读取的更新（最多 {latest}）</translation>
        </message>
        <message>
            <source>weights: unexpected key '{key}'</source>
            <translation>权重：意外的键 '{key}'</translation>
        </message>
        <message>
            <source>weights: cannot import {names} for cell {cell!r}</source>
            <translation>权重：无法为单元 {cell!r} 导入 {names}</translation>
        </message>
        <message>
            <source>weights file {path}: '{key}' has data type {dtype}; expected numbers (objects and pickles are refused)</source>
            <translation>权重文件 {path}：'{key}' 的数据类型是 {dtype}；应为数值（对象和 pickle 一律拒绝）</translation>
        </message>
        <message>
            <source>weights file {path}: '{key}' has shape {shape}; expected at most 2 dimensions of at most {most}</source>
            <translation>权重文件 {path}：'{key}' 的形状是 {shape}；最多允许 2 个维度，每维最多 {most}</translation>
        </message>
        <message>
            <source>weights file {path}: '{key}' has {size} values; at most {most} allowed</source>
            <translation>权重文件 {path}：'{key}' 有 {size} 个值；最多允许 {most} 个</translation>
        </message>
        <message>
            <source>weights: '{key}' is not valid JSON</source>
            <translation>权重：'{key}' 不是有效的 JSON</translation>
        </message>
        <message>
            <source>weights: saved for {name} = {saved!r}, but this network has {name} = {ours!r}</source>
            <translation>权重：保存时 {name} = {saved!r}，但这个网络的 {name} = {ours!r}</translation>
        </message>
        <message>
            <source>weights: unexpected key '{key}' (a peephole LSTM's weights; this network's cell is {cell!r})</source>
            <translation>权重：意外的键 '{key}'（这是窥孔 LSTM 的权重；这个网络的单元是 {cell!r}）</translation>
        </message>
        <message>
            <source>weights: unexpected key '{key}' (bidirectional layers are not supported)</source>
            <translation>权重：意外的键 '{key}'（不支持双向层）</translation>
        </message>
        <message>
            <source>weights: unexpected key '{key}' (this network has {layers} layer(s))</source>
            <translation>权重：意外的键 '{key}'（这个网络有 {layers} 层）</translation>
        </message>
        <message>
            <source>weights: missing '{key}' (expected shape {shape}: {role})</source>
            <translation>权重：缺少 '{key}'（应有形状 {shape}：{role}）</translation>
        </message>
        <message>
            <source>weights: '{key}' has shape {shape}, expected {want} ({role})</source>
            <translation>权重：'{key}' 的形状是 {shape}，应为 {want}（{role}）</translation>
        </message>
        <message>
            <source>weights: '{key}' contains NaN or infinite values</source>
            <translation>权重：'{key}' 含有 NaN 或无穷大的值</translation>
        </message>
        <message>
            <source>weights file {path}: not an .npz file</source>
            <translation>权重文件 {path}：不是 .npz 文件</translation>
        </message>
        <message>
            <source>weights file {path}: cannot read ({reason})</source>
            <translation>权重文件 {path}：无法读取（{reason}）</translation>
        </message>
        <message>
            <source>weights: '{key}' is not an array of numbers ({reason})</source>
            <translation>权重：'{key}' 不是数值数组（{reason}）</translation>
        </message>
        <message>
            <source>weights file {path}: '{key}' is not a NumPy array ({reason})</source>
            <translation>权重文件 {path}：'{key}' 不是 NumPy 数组（{reason}）</translation>
        </message>
        <message>
            <source>weights file {path}: {n} arrays; at most {most} allowed</source>
            <translation>权重文件 {path}：有 {n} 个数组；最多允许 {most} 个</translation>
        </message>
        <message>
            <source>weights file {path}: {total} values in all; at most {most} allowed</source>
            <translation>权重文件 {path}：共有 {total} 个值；最多允许 {most} 个</translation>
        </message>
        <message>
            <source>weights file {path}: unexpected member '{member}' (not a .npy array)</source>
            <translation>权重文件 {path}：意外的成员 '{member}'（不是 .npy 数组）</translation>
        </message>
        <message>
            <source>{where}: {field}: {reason}</source>
            <translation>{where}：{field}：{reason}</translation>
        </message>
        <message>
            <source>str</source>
            <translation>字符串</translation>
        </message>
        <message>
            <source>int</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>float</source>
            <translation>小数</translation>
        </message>
        <message>
            <source>bool</source>
            <translation>布尔值</translation>
        </message>
        <message>
            <source>list</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>dict</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>NoneType</source>
            <translation>空值</translation>
        </message>
        <message>
            <source>{name}: lane {lane}</source>
            <translation>{name}：第 {lane} 条赛道</translation>
        </message>
        <message>
            <source>{where}: '{key}' is missing</source>
            <translation>{where}：缺少 '{key}'</translation>
        </message>
        <message>
            <source>{where}: '{key}' must be an integer</source>
            <translation>{where}：'{key}' 必须是整数</translation>
        </message>
        <message>
            <source>{where}: '{key}' must be {kind}, not {actual}</source>
            <translation>{where}：'{key}' 必须是{kind}，而不是{actual}</translation>
        </message>
        <message>
            <source>{where}: claim kind {kind!r}; expected one of {kinds}</source>
            <translation>{where}：'claim' 的种类 {kind!r} 无效；应为 {kinds} 之一</translation>
        </message>
        <message>
            <source>{where}: claim 'updates' must be a positive integer</source>
            <translation>{where}：'claim' 中的 'updates' 必须是正整数</translation>
        </message>
        <message>
            <source>{where}: a carry_unit claim needs the addition task</source>
            <translation>{where}：carry_unit 类型的 'claim' 需要二进制加法任务（addition）</translation>
        </message>
        <message>
            <source>{where}: a temperature claim needs the charlm task</source>
            <translation>{where}：temperature 类型的 'claim' 需要字符级语言模型任务（charlm）</translation>
        </message>
        <message>
            <source>{where}: must be a JSON object</source>
            <translation>{where}：必须是一个 JSON 对象</translation>
        </message>
        <message>
            <source>{where}: 'look_for' must be a non-empty list of sentences</source>
            <translation>{where}：'look_for' 必须是一个非空的句子列表</translation>
        </message>
        <message>
            <source>{where}: 'lanes' must hold 1 to 3 lanes, not {n}</source>
            <translation>{where}：'lanes' 必须包含 1 到 3 条赛道，而不是 {n} 条</translation>
        </message>
        <message>
            <source>{where}: the claim needs a 'kind' and a 'text'</source>
            <translation>{where}：'claim' 需要 'kind' 和 'text' 两项</translation>
        </message>
        <message>
            <source>{where}: 'order' must be an integer</source>
            <translation>{where}：'order' 必须是整数</translation>
        </message>
        <message>
            <source>{where}: the explanation (.md) is empty</source>
            <translation>{where}：讲解文件（.md）是空的</translation>
        </message>
        <message>
            <source>{where}: 'id' is {id!r} but must match the file name</source>
            <translation>{where}：'id' 是 {id!r}，但它必须与文件名一致</translation>
        </message>
        <message>
            <source>{where}: 'id' is {id!r} but the lesson is {lesson!r}</source>
            <translation>{where}：'id' 是 {id!r}，但对应的课程是 {lesson!r}</translation>
        </message>
        <message>
            <source>{where}: 'look_for' must hold {n} sentences, like the English lesson</source>
            <translation>{where}：'look_for' 必须和英文课程一样包含 {n} 句话</translation>
        </message>
        <message>
            <source>{where}: 'lane_labels' must hold {n} names, one per lane</source>
            <translation>{where}：'lane_labels' 必须包含 {n} 个名称，每条赛道一个</translation>
        </message>
        <message>
            <source>{where}: claim expect entry {entry!r} needs 'lane' from 0 to {last}</source>
            <translation>{where}：'claim' 的 'expect' 条目 {entry!r} 需要一个 0 到 {last} 之间的 'lane'</translation>
        </message>
        <message>
            <source>{where}: claim '{key}' must be a lane number from 0 to {last}</source>
            <translation>{where}：'claim' 中的 '{key}' 必须是 0 到 {last} 之间的赛道编号</translation>
        </message>
        <message>
            <source>{where}: a clipping claim needs 'unclipped' and 'clipped' lanes</source>
            <translation>{where}：clipping 类型的 'claim' 需要指定 'unclipped' 和 'clipped' 两条赛道</translation>
        </message>
        <message>
            <source>{where}: the clipped lane must use clip_mode 'norm'</source>
            <translation>{where}：裁剪的那条赛道必须使用 clip_mode 'norm'</translation>
        </message>
        <message>
            <source>{where}: the unclipped lane must use clip_mode 'none'</source>
            <translation>{where}：不裁剪的那条赛道必须使用 clip_mode 'none'</translation>
        </message>
        <message>
            <source>{where}: must be an object with 'label' and 'config'</source>
            <translation>{where}：必须是一个包含 'label' 和 'config' 的对象</translation>
        </message>
        <message>
            <source>{where}: cannot read the lesson: {reason}</source>
            <translation>{where}：无法读取这个课程：{reason}</translation>
        </message>
        <message>
            <source>{where}: require[{i}]</source>
            <translation>{where}：条件 require[{i}]</translation>
        </message>
        <message>
            <source>{updates} updates, held-out {name} {value}{diverged}.</source>
            <translation>{updates} 次更新，留出集 {name} 为 {value}{diverged}。</translation>
        </message>
        <message>
            <source>{first}{rest}</source>
            <translation>{first}{rest}</translation>
        </message>
        <message>
            <source>challenge: {name!r} is not a challenge; expected one of {ids}</source>
            <translation>challenge：{name!r} 不是一个挑战；应为 {ids} 之一</translation>
        </message>
        <message>
            <source>{where}: '{key}' has the wrong type ({actual})</source>
            <translation>{where}：'{key}' 的类型不对（{actual}）</translation>
        </message>
        <message>
            <source>{where}: '{key}' must not be empty</source>
            <translation>{where}：'{key}' 不能为空</translation>
        </message>
        <message>
            <source>{where}: must be an object with 'check'</source>
            <translation>{where}：必须是带有 'check' 的对象</translation>
        </message>
        <message>
            <source>{where}: 'check' is {value!r}; expected one of {allowed}</source>
            <translation>{where}：'check' 为 {value!r}；应为 {allowed} 之一</translation>
        </message>
        <message>
            <source>{where}: unknown key {key!r}; '{check}' takes {allowed}</source>
            <translation>{where}：未知的键 {key!r}；'{check}' 接受 {allowed}</translation>
        </message>
        <message>
            <source>{where}: '{check}' needs one of {allowed}</source>
            <translation>{where}：'{check}' 需要 {allowed} 之一</translation>
        </message>
        <message>
            <source>{where}: 'why' must be text</source>
            <translation>{where}：'why' 必须是文字</translation>
        </message>
        <message>
            <source>{where}: unknown key {key!r}; known keys: {known}</source>
            <translation>{where}：未知的键 {key!r}；已知的键：{known}</translation>
        </message>
        <message>
            <source>{where}: 'kind' is {value!r}; expected one of {allowed}</source>
            <translation>{where}：'kind' 为 {value!r}；应为 {allowed} 之一</translation>
        </message>
        <message>
            <source>{where}: 'max_updates' must be a positive integer</source>
            <translation>{where}：'max_updates' 必须是正整数</translation>
        </message>
        <message>
            <source>{where}: 'require' must hold at least one condition</source>
            <translation>{where}：'require' 至少要有一个条件</translation>
        </message>
        <message>
            <source>{where}: 'solution' must be an object of settings</source>
            <translation>{where}：'solution' 必须是设置组成的对象</translation>
        </message>
        <message>
            <source>{where}: 'seeds' must be a list of seeds (integers ≥ 0)</source>
            <translation>{where}：'seeds' 必须是种子列表（≥ 0 的整数）</translation>
        </message>
        <message>
            <source>{where}: 'require_why' must hold {n} sentences (or null), one per condition</source>
            <translation>{where}：'require_why' 必须有 {n} 句话（或 null），每个条件一句</translation>
        </message>
        <message>
            <source>{reason} {why}</source>
            <translation>{reason}{why}</translation>
        </message>
        <message>
            <source>Your run trains the {task} task; this challenge is about {want}: load the challenge first.</source>
            <translation>你的运行训练的是 {task} 任务；这个挑战针对的是 {want}：请先载入这个挑战。</translation>
        </message>
        <message>
            <source>Your run used {used} updates; the challenge allows at most {limit}.</source>
            <translation>你的运行用了 {used} 次更新；这个挑战最多允许 {limit} 次。</translation>
        </message>
        <message>
            <source>Your run has no updates yet: train it first.</source>
            <translation>你的运行还没有任何更新：请先训练。</translation>
        </message>
        <message>
            <source>{where}: 'field' {value!r} is not a setting</source>
            <translation>{where}：'field' {value!r} 不是一个设置</translation>
        </message>
        <message>
            <source>{where}: 'field' belongs to a 'setting' check</source>
            <translation>{where}：'field' 只用于 'setting' 检查</translation>
        </message>
        <message>
            <source>{where}: config: {reason}</source>
            <translation>{where}：起始设置 config：{reason}</translation>
        </message>
        <message>
            <source>{where}: solution: {reason}</source>
            <translation>{where}：解答 solution：{reason}</translation>
        </message>
        <message>
            <source>{where}: cannot read: {reason}</source>
            <translation>{where}：无法读取：{reason}</translation>
        </message>
        <message>
            <source>{where}: not valid JSON ({error} at line {line})</source>
            <translation>{where}：不是有效的 JSON（第 {line} 行：{error}）</translation>
        </message>
        <message>
            <source>{what}: your run has no finite value.</source>
            <translation>{what}：你的运行没有有限的值。</translation>
        </message>
        <message>
            <source>The held-out {name}</source>
            <translation>留出集上的 {name}</translation>
        </message>
        <message>
            <source>, diverged</source>
            <translation>，已发散</translation>
        </message>
        <message>
            <source>{where}: 'one_of' must be a non-empty list</source>
            <translation>{where}：'one_of' 必须是非空列表</translation>
        </message>
        <message>
            <source>{where}: '{key}' must be a number</source>
            <translation>{where}：'{key}' 必须是数</translation>
        </message>
        <message>
            <source>{where}: 'name' belongs to a 'metric' check</source>
            <translation>{where}：'name' 只用于 'metric' 检查</translation>
        </message>
        <message>
            <source>{what} was {value}; the goal is at least {limit}.</source>
            <translation>{what}为 {value}；目标是至少 {limit}。</translation>
        </message>
        <message>
            <source>{where}: 'predict_first' must be true or false</source>
            <translation>{where}：'predict_first' 必须是 true 或 false</translation>
        </message>
        <message>
            <source>You answered {asked} of the {of} predict-first questions ({kind}) yet: turn on Predict first in the Unrolled network view and answer them.</source>
            <translation>“先预测”的 {of} 个问题（{kind}）你目前回答了 {asked} 个：请在“展开的网络”视图中打开“先预测”并回答它们。</translation>
        </message>
        <message>
            <source>{where}: 'question' is {value!r}; expected one of {allowed}</source>
            <translation>{where}：'question' 为 {value!r}；应为 {allowed} 之一</translation>
        </message>
        <message>
            <source>{where}: 'of' must be a positive integer (the questions to answer)</source>
            <translation>{where}：'of' 必须是正整数（要回答的问题数）</translation>
        </message>
        <message>
            <source>{where}: 'at_least' must be an integer from 0 to 'of' ({of})</source>
            <translation>{where}：'at_least' 必须是 0 到 'of'（{of}）之间的整数</translation>
        </message>
        <message>
            <source>You called {right} of {asked} right ({kind}); the goal is {need} of {of}.</source>
            <translation>你判断对了 {right} / {asked}（{kind}）；目标是 {of} 个中对 {need} 个。</translation>
        </message>
        <message>
            <source>{what} was {value}; the goal is at most {limit}.</source>
            <translation>{what}为 {value}；目标是至多 {limit}。</translation>
        </message>
        <message>
            <source>Setting {field} is {value!r}; the challenge needs {want!r}.</source>
            <translation>设置 {field} 为 {value!r}；这个挑战要求 {want!r}。</translation>
        </message>
        <message>
            <source>Setting {field} is {value!r}; the challenge allows {want}.</source>
            <translation>设置 {field} 为 {value!r}；这个挑战允许 {want}。</translation>
        </message>
        <message>
            <source>The learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <source>The number of updates</source>
            <translation>更新次数</translation>
        </message>
        <message>
            <source>The setting {field}</source>
            <translation>设置 {field}</translation>
        </message>
        <message>
            <source>Your run diverged at update {step} (the largest finite gradient norm was {peak}): the loss or the gradients became NaN or infinite.</source>
            <translation>你的运行在第 {step} 次更新时发散了（最大的有限梯度范数为 {peak}）：损失或梯度变成了 NaN 或无穷大。</translation>
        </message>
        <message>
            <source>The largest gradient norm before clipping</source>
            <translation>裁剪前的最大梯度范数</translation>
        </message>
        <message>
            <source>The largest gradient norm applied</source>
            <translation>实际施加的最大梯度范数</translation>
        </message>
        <message>
            <source>The last training loss</source>
            <translation>最后的训练损失</translation>
        </message>
        <message>
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>unknown setting {name!r} (the settings are those of --help)</source>
            <translation>未知设置 {name!r}（可用的设置见 --help）</translation>
        </message>
        <message>
            <source>1 to 20 lower-case letters a-z</source>
            <translation>1 到 20 个小写字母 a-z</translation>
        </message>
        <message>
            <source>the name of a UTF-8 text file, or nothing for the bundled text</source>
            <translation>一个 UTF-8 文本文件的文件名，留空则使用自带的文本</translation>
        </message>
        <message>
            <source>the name of a CSV file, or nothing for the built-in data</source>
            <translation>一个 CSV 文件的名称，或留空以使用内置数据</translation>
        </message>
        <message>
            <source>unknown setting {name!r}; did you mean {close!r}?</source>
            <translation>未知设置 {name!r}；你是指 {close!r} 吗？</translation>
        </message>
        <message>
            <source>{version!r} is not valid; expected a whole number from 1 to {latest}</source>
            <translation>{version!r} 无效；应为 1 到 {latest} 之间的整数</translation>
        </message>
        <message>
            <source>{path}: {reason}</source>
            <translation>{path}：{reason}</translation>
        </message>
        <message>
            <source>{reason} (likely why: {changed})</source>
            <translation>{reason}（可能的原因：{changed}）</translation>
        </message>
        <message>
            <source>{field}: {path} has changed since this run was saved (now {size:,} bytes, then {then:,}); training goes on with the file as it is now</source>
            <translation>{field}：{path} 在这次运行保存之后已被修改（现在 {size:,} 字节，当时 {then:,} 字节）；训练将使用文件现在的内容继续</translation>
        </message>
        <message>
            <source>{name}: {reason}</source>
            <translation>{name}：{reason}</translation>
        </message>
        <message>
            <source>metrics.csv line {line}: not valid CSV ({reason})</source>
            <translation>metrics.csv 第 {line} 行：不是有效的 CSV（{reason}）</translation>
        </message>
        <message>
            <source>refused: member {member!r} would unpack to {size:,} bytes, more than its settings can need ({limit:,})</source>
            <translation>已拒绝：成员 {member!r} 解压后将有 {size:,} 字节，超过其设置所能需要的大小（{limit:,}）</translation>
        </message>
        <message>
            <source>{path} is larger than {limit:,} bytes (the most RNN Studio reads)</source>
            <translation>{path} 大于 {limit:,} 字节（RNN Studio 最多读取这么多）</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file</source>
            <translation>{path} 是文件夹，不是文件</translation>
        </message>
        <message>
            <source>{path} is not a regular file (a device, pipe or socket)</source>
            <translation>{path} 不是普通文件（而是设备、管道或套接字）</translation>
        </message>
        <message>
            <source>{path} is not UTF-8 text (byte 0x{byte:02x} at offset {offset})</source>
            <translation>{path} 不是 UTF-8 文本（偏移 {offset} 处的字节 0x{byte:02x}）</translation>
        </message>
        <message>
            <source>not valid JSON (nested too deeply)</source>
            <translation>不是有效的 JSON（嵌套过深）</translation>
        </message>
        <message>
            <source>not valid JSON (a number is too long or a value is not allowed)</source>
            <translation>不是有效的 JSON（数字过长或含有不允许的值）</translation>
        </message>
        <message>
            <source>file not found: {path}</source>
            <translation>找不到文件：{path}</translation>
        </message>
        <message>
            <source>{path} is not a file name</source>
            <translation>{path} 不是文件名</translation>
        </message>
        <message>
            <source>{where}: a saturation claim needs a cell with a forget gate and a cell state</source>
            <translation>{where}：saturation 类型的 'claim' 需要一个带遗忘门和细胞状态的单元（LSTM 或窥孔 LSTM）</translation>
        </message>
        <message>
            <source>{where}: cannot read the translation: {reason}</source>
            <translation>{where}：无法读取译文：{reason}</translation>
        </message>
        <message>
            <source>needs about {need} of memory per update, more than the {have} usable here; lower batch, seq-len, hidden or layers</source>
            <translation>每次更新约需 {need} 内存，超过本机可用的 {have}；请减小 batch、seq-len、hidden 或 layers</translation>
        </message>
        <message>
            <source>{cell} has no gates: it cannot hold a symbol through {delay} noisy steps (try a delay of {short} with {hidden} units, or a gated cell such as LSTM).</source>
            <translation>{cell} 没有门：它无法把一个符号保持过 {delay} 个带噪声的步骤（试试延迟 {short}、{hidden} 个单元，或 LSTM 这样的门控单元）。</translation>
        </message>
        <message>
            <source>Learning rate {lr:g} is too large for Adam: its steps overshoot (try 0.01).</source>
            <translation>学习率 {lr:g} 对 Adam 来说太大：每一步都会冲过头（试试 0.01）。</translation>
        </message>
        <message>
            <source>Truncated BPTT of {k} steps is shorter than the {span} steps the task needs to look back: the gradient never reaches the cause (use 0, the whole sequence, or at least {span}).</source>
            <translation>截断 BPTT 的 {k} 步短于任务需要回看的 {span} 步：梯度永远到不了原因处（用 0 表示整个序列，或至少 {span}）。</translation>
        </message>
        <message>
            <source>No gradient clipping with ReLU units and recurrent scale {scale:g}: gradients explode (turn clipping on, norm 5).</source>
            <translation>ReLU 单元、循环缩放 {scale:g} 且不裁剪梯度：梯度会爆炸（请打开裁剪，范数 5）。</translation>
        </message>
        <message>
            <source>clip {mode} {value}</source>
            <translation>{mode}裁剪 {value}</translation>
        </message>
        <message>
            <source>{label} {value}</source>
            <translation>{label} {value}</translation>
        </message>
        <message>
            <source>layers</source>
            <translation>层数</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <source>init</source>
            <translation>初始化</translation>
        </message>
        <message>
            <source>recurrent_scale</source>
            <translation>循环权重缩放</translation>
        </message>
        <message>
            <source>forget_bias</source>
            <translation>遗忘门偏置</translation>
        </message>
        <message>
            <source>bit_loss</source>
            <translation>比特损失</translation>
        </message>
        <message>
            <source>task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>bits</source>
            <translation>位数</translation>
        </message>
        <message>
            <source>word</source>
            <translation>目标单词</translation>
        </message>
        <message>
            <source>corpus</source>
            <translation>语料</translation>
        </message>
        <message>
            <source>delay</source>
            <translation>延迟 k</translation>
        </message>
        <message>
            <source>seq_len</source>
            <translation>序列长度</translation>
        </message>
        <message>
            <source>series</source>
            <translation>序列类型</translation>
        </message>
        <message>
            <source>noise</source>
            <translation>噪声</translation>
        </message>
        <message>
            <source>data</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <source>lr</source>
            <translation>学习率</translation>
        </message>
        <message>
            <source>batch</source>
            <translation>批大小</translation>
        </message>
        <message>
            <source>truncate</source>
            <translation>截断 BPTT</translation>
        </message>
        <message>
            <source>dtype</source>
            <translation>精度</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>种子</translation>
        </message>
        <message>
            <source>Peephole LSTM</source>
            <translation>窥孔 LSTM</translation>
        </message>
        <message>
            <source>norm</source>
            <translation>按范数</translation>
        </message>
        <message>
            <source>value</source>
            <translation>按数值</translation>
        </message>
        <message>
            <source>no clipping</source>
            <translation>不裁剪</translation>
        </message>
        <message>
            <source>{n} configurations; a race takes 1 to {most}</source>
            <translation>{n} 个配置；一场竞赛只能有 1 到 {most} 条赛道</translation>
        </message>
        <message>
            <source>{cell} ({diffs})</source>
            <translation>{cell}（{diffs}）</translation>
        </message>
        <message>
            <source>{label} #{n}</source>
            <translation>{label} #{n}</translation>
        </message>
        <message>
            <source>{first}, {second}</source>
            <translation>{first}，{second}</translation>
        </message>
        <message>
            <source>{n} seeds per lane; a race takes 1 to {most}</source>
            <translation>每条赛道 {n} 个种子；一场竞赛可用 1 到 {most} 个</translation>
        </message>
        <message>
            <source>lane {lane} has {value!r} but lane 1 has {first!r}; racing lanes must share the task, its options and the batch size</source>
            <translation>第 {lane} 条赛道是 {value!r}，而第 1 条赛道是 {first!r}；参加竞赛的赛道必须使用相同的任务、任务选项和批大小</translation>
        </message>
        <message>
            <source>every lane diverged</source>
            <translation>所有赛道都已发散</translation>
        </message>
        <message>
            <source>every lane reached its goal by update {step}</source>
            <translation>到第 {step} 次更新时，所有赛道都已达到目标</translation>
        </message>
        <message>
            <source>stopped at update {step}</source>
            <translation>在第 {step} 次更新时停止</translation>
        </message>
        <message>
            <source>finished {n} updates</source>
            <translation>完成了 {n} 次更新</translation>
        </message>
        <message>
            <source>{value!r}: expected distinct cells from {choices}</source>
            <translation>{value!r}：应为 {choices} 中互不相同的单元</translation>
        </message>
        <message>
            <source>{value!r}: expected distinct integers from {lo} to {hi}</source>
            <translation>{value!r}：应为 {lo} 到 {hi} 之间互不相同的整数</translation>
        </message>
        <message>
            <source>{path}: {problems}</source>
            <translation>{path}：{problems}</translation>
        </message>
        <message>
            <source>{first}; {next}</source>
            <translation>{first}；{next}</translation>
        </message>
        <message>
            <source>{first}; and {n} more</source>
            <translation>{first}；另有 {n} 处</translation>
        </message>
        <message>
            <source>no data file given</source>
            <translation>没有给出数据文件</translation>
        </message>
        <message>
            <source>{path} is empty; choose a CSV file with a column of numbers</source>
            <translation>{path} 是空的；请选择一个含有一列数字的 CSV 文件</translation>
        </message>
        <message>
            <source>{path} has more than {limit:,} rows (the most RNN Studio reads)</source>
            <translation>{path} 超过 {limit:,} 行（RNN Studio 最多读取这么多）</translation>
        </message>
        <message>
            <source>{path} has {n:,} columns; at most {limit:,} are read</source>
            <translation>{path} 有 {n:,} 列；最多读取 {limit:,} 列</translation>
        </message>
        <message>
            <source>{path} has a header but no rows of data</source>
            <translation>{path} 只有表头，没有数据行</translation>
        </message>
        <message>
            <source>{path} has no column of numbers</source>
            <translation>{path} 中没有数字列</translation>
        </message>
        <message>
            <source>{column} is out of range; the file has {n} numeric columns: {names}</source>
            <translation>{column} 超出范围；该文件有 {n} 个数值列：{names}</translation>
        </message>
        <message>
            <source>column {column} ({name}): {problems}</source>
            <translation>第 {column} 列（{name}）：{problems}</translation>
        </message>
        <message>
            <source>line {line} has {n} values, expected {width}</source>
            <translation>第 {line} 行有 {n} 个值，应为 {width} 个</translation>
        </message>
        <message>
            <source>{column} is out of range; the file has 1 numeric column: {names}</source>
            <translation>{column} 超出范围；该文件只有 1 个数值列：{names}</translation>
        </message>
        <message>
            <source>line {line}: {value!r} is not a number</source>
            <translation>第 {line} 行：{value!r} 不是数字</translation>
        </message>
        <message>
            <source>line {line}: the value is missing</source>
            <translation>第 {line} 行：缺少数值</translation>
        </message>
        <message>
            <source>marked steps {a} and {b} of {T}
{va:.3f} + {vb:.3f} = {true:.3f}
net {net:.3f} (error {err:+.3f}) {mark}</source>
            <translation>{T} 步中标记的是第 {a} 步和第 {b} 步
{va:.3f} + {vb:.3f} = {true:.3f}
网络 {net:.3f}（误差 {err:+.3f}）{mark}</translation>
        </message>
        <message>
            <source>{path} is empty; choose a file with some text in it</source>
            <translation>{path} 是空的；请选择一个有文字的文件</translation>
        </message>
        <message>
            <source>the bundled corpus is missing ({reason}); choose a UTF-8 text file instead</source>
            <translation>找不到自带的语料（{reason}）；请改选一个 UTF-8 文本文件</translation>
        </message>
        <message>
            <source>{path} is not UTF-8 text (byte 0x{byte:02x} at offset {offset}); save it with UTF-8 encoding</source>
            <translation>{path} 不是 UTF-8 文本（偏移 {offset} 处的字节为 0x{byte:02x}）；请用 UTF-8 编码保存它</translation>
        </message>
        <message>
            <source>{name} has {n} characters; with sequence length {seq_len} it needs at least {need} (the last 10 % is held out)</source>
            <translation>{name} 只有 {n} 个字符；序列长度为 {seq_len} 时至少需要 {need} 个（最后 10 % 留作留出集）</translation>
        </message>
        <message>
            <source>{path}: {count} bad row(s): {lines}</source>
            <translation>{path}：{count} 行有误：{lines}</translation>
        </message>
        <message>
            <source>sequence {seq}
network: {pred} (p = {p:.2f}), true: {true} {mark}</source>
            <translation>序列 {seq}
网络：{pred}（p = {p:.2f}），真实：{true} {mark}</translation>
        </message>
        <message>
            <source>line {line}: {why}</source>
            <translation>第 {line} 行：{why}</translation>
        </message>
        <message>
            <source>{path}: {count} bad rows: {lines}; and {more} more</source>
            <translation>{path}：{count} 行有误：{lines}；另有 {more} 行</translation>
        </message>
        <message>
            <source>{path} has no labelled sequences; write one 'label, sequence' row per line</source>
            <translation>{path} 中没有带标签的序列；每行写一条“标签, 序列”</translation>
        </message>
        <message>
            <source>{path}: {n} sequence(s) are longer than {most} steps (the longest has {longest})</source>
            <translation>{path}：有 {n} 个序列超过 {most} 步（最长的有 {longest} 步）</translation>
        </message>
        <message>
            <source>{path} has only one class ({label!r}); classification needs at least 2</source>
            <translation>{path} 只有一个类别（{label!r}）；分类至少需要 2 个类别</translation>
        </message>
        <message>
            <source>{path} has {n} classes; at most {most} are allowed</source>
            <translation>{path} 有 {n} 个类别；最多允许 {most} 个</translation>
        </message>
        <message>
            <source>class {label!r} has only one example; every class needs at least 2 (one is held out)</source>
            <translation>类别 {label!r} 只有一个样本；每个类别至少需要 2 个（其中一个留作验证）</translation>
        </message>
        <message>
            <source>the bundled example data is missing ({reason}); choose a CSV file instead</source>
            <translation>自带的示例数据缺失（{reason}）；请改选一个 CSV 文件</translation>
        </message>
        <message>
            <source>{path} is a folder without files; put one text file per class in it</source>
            <translation>{path} 是一个没有文件的文件夹；请在其中为每个类别放一个文本文件</translation>
        </message>
        <message>
            <source>{path} holds {n} files; at most {most} classes (one file each) are read</source>
            <translation>{path} 中有 {n} 个文件；最多读取 {most} 个类别（每个类别一个文件）</translation>
        </message>
        <message>
            <source>the label (first column) is empty</source>
            <translation>标签（第一列）为空</translation>
        </message>
        <message>
            <source>cannot be read as {kind} (a stray quote?)</source>
            <translation>无法按 {kind} 读取（多了一个引号？）</translation>
        </message>
        <message>
            <source>no sequence after the label {label!r}</source>
            <translation>标签 {label!r} 之后没有序列</translation>
        </message>
        <message>
            <source>{seq_len} is too short for the word {word!r}: use at least {need} steps</source>
            <translation>{seq_len} 对单词 {word!r} 来说太短：至少要 {need} 步</translation>
        </message>
        <message>
            <source>{what}, noise {noise:g}
 step   input    net   true
{rows}
MSE {mse:.4f} vs repeat-last {naive:.4f}</source>
            <translation>{what}，噪声 {noise:g}
   步    输入   网络   真值
{rows}
均方误差 {mse:.4f}，对比“重复上一个值” {naive:.4f}</translation>
        </message>
        <message>
            <source>{name}, in its own units
      when   previous    network       true
{rows}
MSE {mse:.4g} vs repeat-last {naive:.4g}</source>
            <translation>{name}，原始单位
      时间       上一个         网络         真值
{rows}
均方误差 {mse:.4g}，重复上一个值为 {naive:.4g}</translation>
        </message>
        <message>
            <source>{path} has {n} rows; with sequence length {seq_len} it needs at least {need} (the last 20 % is held out)</source>
            <translation>{path} 有 {n} 行；序列长度为 {seq_len} 时至少需要 {need} 行（最后 20 % 留出）</translation>
        </message>
        <message>
            <source>column {column} ({name}) does not change before the held-out part; there is nothing to forecast</source>
            <translation>第 {column} 列（{name}）在留出部分之前没有变化；没有什么可预测的</translation>
        </message>
        <message>
            <source>sine, period {period:.1f} steps</source>
            <translation>正弦波，周期 {period:.1f} 步</translation>
        </message>
        <message>
            <source>in   {cue}
net  {net}
true {true}
recalled {right} of {n} after {delay} noisy steps (p(true) {conf})</source>
            <translation>输入 {cue}
网络 {net}
真值 {true}
经过 {delay} 步带噪声的间隔，回忆对了 {n} 个中的 {right} 个（真值的概率 {conf}）</translation>
        </message>
        <message>
            <source>state: must be a mapping</source>
            <translation>state：必须是一个映射</translation>
        </message>
        <message>
            <source>state: 'step' must not be negative</source>
            <translation>state：'step' 不能为负</translation>
        </message>
        <message>
            <source>optimizer state: 't' must not be negative</source>
            <translation>优化器状态：'t' 不能为负</translation>
        </message>
        <message>
            <source>{name} reached {value:.4g} at step {step}</source>
            <translation>{name} 在第 {step} 步达到 {value:.4g}</translation>
        </message>
        <message>
            <source>state: '{key}' must be {what}</source>
            <translation>state：'{key}' 必须是{what}</translation>
        </message>
        <message>
            <source>state: '{key}' must be finite</source>
            <translation>state：'{key}' 必须是有限的数</translation>
        </message>
        <message>
            <source>state: 'last_metrics' must map metric names to numbers</source>
            <translation>state：'last_metrics' 必须把指标名映射到数值</translation>
        </message>
        <message>
            <source>optimizer state: 't' (updates taken) is missing or not an integer</source>
            <translation>优化器状态：'t'（已做的更新次数）缺失或不是整数</translation>
        </message>
        <message>
            <source>optimizer state: '{key}' missing or of the wrong shape (expected {n} numbers for {optimizer})</source>
            <translation>优化器状态：'{key}' 缺失或形状不对（{optimizer} 需要 {n} 个数）</translation>
        </message>
        <message>
            <source>optimizer state: '{key}' contains NaN or infinite values</source>
            <translation>优化器状态：'{key}' 含有 NaN 或无穷大的值</translation>
        </message>
        <message>
            <source>state: '{key}' is not a random generator state ({reason})</source>
            <translation>state：'{key}' 不是随机数生成器的状态（{reason}）</translation>
        </message>
        <message>
            <source>stopped at step {step}</source>
            <translation>在第 {step} 步停止</translation>
        </message>
        <message>
            <source>diverged at step {step}: the loss or gradients became NaN/Inf. The last finite weights are kept. Try a lower learning rate (now {lr:g}) or gradient clipping.</source>
            <translation>在第 {step} 步发散：损失或梯度变成了 NaN/Inf。已保留最后一组有限的权重。可以试试更低的学习率（当前为 {lr:g}）或梯度裁剪。</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>one of {0}</source>
            <translation>以下之一：{0}</translation>
        </message>
        <message>
            <source>an integer from {0} to {1}</source>
            <translation>{0} 到 {1} 之间的整数</translation>
        </message>
        <message>
            <source>a number from {0} to {1}</source>
            <translation>{0} 到 {1} 之间的数</translation>
        </message>
        <message>
            <source>1 to 20 lower-case letters a-z</source>
            <translation>1 到 20 个小写字母 a-z</translation>
        </message>
        <message>
            <source>a UTF-8 text file, or empty</source>
            <translation>一个 UTF-8 文本文件，或留空</translation>
        </message>
        <message>
            <source>a CSV file, or empty</source>
            <translation>一个 CSV 文件，或留空</translation>
        </message>
        <message>
            <source>an integer</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数</translation>
        </message>
        <message>
            <source>{0}
Allowed: {1}.</source>
            <translation>{0}
允许的取值：{1}。</translation>
        </message>
        <message>
            <source>{0}:</source>
            <translation>{0}：</translation>
        </message>
        <message>
            <source>{0} is not allowed: {1}.</source>
            <translation>{0} 不可用：应为{1}。</translation>
        </message>
        <message>
            <source>{0} is not allowed ({1}): kept {2}.</source>
            <translation>{0} 不可用（应为{1}）：保留 {2}。</translation>
        </message>
        <message>
            <source>{0}: only lower-case letters a-z are allowed (1 to 20 of them)</source>
            <translation>{0}：只允许小写字母 a-z（1 到 20 个）</translation>
        </message>
        <message>
            <source>bundled Shakespeare</source>
            <translation>自带的莎士比亚文本</translation>
        </message>
        <message>
            <source>Choose a UTF-8 text file</source>
            <translation>选择一个 UTF-8 文本文件</translation>
        </message>
        <message>
            <source>Choose a text corpus</source>
            <translation>选择文本语料</translation>
        </message>
        <message>
            <source>Text files (*.txt);;All files (*)</source>
            <translation>文本文件 (*.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>built-in data</source>
            <translation>内置数据</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>选择一个 CSV 文件</translation>
        </message>
        <message>
            <source>Choose a data file</source>
            <translation>选择数据文件</translation>
        </message>
        <message>
            <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>表格 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Off: train for the whole update budget</source>
            <translation>不勾选：训练到更新次数上限为止</translation>
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
            <source>A CSV file of your own (comma, tab or semicolon separated): for forecasting, numeric columns (a header line and a date column are optional); for classification, label and sequence per row (or a folder of one text file per class). Empty uses the built-in data.</source>
            <translation>你自己的 CSV 文件（逗号、制表符或分号分隔）：用于预测时为数值列（表头行和日期列可有可无）；用于分类时每行是标签和序列（也可以是每类一个文本文件的文件夹）。留空则使用内置数据。</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <source>Starting weights: uniform(-1, 1) as in Trask's adder, Glorot (scaled to the layer's size), orthogonal recurrent weights, or all zeros (a broken start: every hidden unit stays the same).</source>
            <translation>初始权重：像 Trask 的加法器那样在 (-1, 1) 中均匀分布、Glorot（按层的大小缩放）、正交的循环权重，或者全为零（一个坏的开始：每个隐藏单元始终一模一样）。</translation>
        </message>
        <message>
            <source>Data file</source>
            <translation>数据文件</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Which column of the data file to forecast, counting numeric columns from 1 (a date or year column is skipped).</source>
            <translation>要预测数据文件中的哪一列，按数值列从 1 开始数（日期列或年份列会被跳过）。</translation>
        </message>
        <message>
            <source>How gradients become weight changes. Momentum (mu = 0.9) is PyTorch's SGD form b = mu b + g, p -= lr b; RMSprop uses rho = 0.9 (PyTorch's default is 0.99).</source>
            <translation>梯度如何变成权重的改变量。动量法（mu = 0.9）采用 PyTorch 的 SGD 形式 b = mu b + g, p -= lr b；RMSprop 使用 rho = 0.9（PyTorch 的默认值为 0.99）。</translation>
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
            <source>Stop as soon as the held-out metric reaches this value (the app pauses there; Resume trains on past it).</source>
            <translation>留出集指标一达到这个值就停止（在应用中是暂停：按“继续”可越过它接着训练）。</translation>
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
            <source>float32 trains faster; float64 is for gradient checks. A running network is converted from its next update.</source>
            <translation>float32 训练更快；float64 用于梯度检验。正在训练的网络从下一次更新起转换精度。</translation>
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
            <source>Sequence classification</source>
            <translation>序列分类</translation>
        </message>
        <message>
            <source>whole-sum accuracy</source>
            <translation>整数和准确率</translation>
        </message>
        <message>
            <source>bit accuracy</source>
            <translation>逐位准确率</translation>
        </message>
        <message>
            <source>F1 score of the flags</source>
            <translation>标记的 F1 分数</translation>
        </message>
        <message>
            <source>precision (right flags)</source>
            <translation>精确率（标对的比例）</translation>
        </message>
        <message>
            <source>recall (words caught)</source>
            <translation>召回率（找到的单词比例）</translation>
        </message>
        <message>
            <source>bits per character</source>
            <translation>每字符比特数</translation>
        </message>
        <message>
            <source>next-character accuracy</source>
            <translation>下一个字符的准确率</translation>
        </message>
        <message>
            <source>recall accuracy (guessing scores 0.25)</source>
            <translation>回忆准确率（瞎猜得 0.25）</translation>
        </message>
        <message>
            <source>mean squared error (always answering 1.0 scores 0.167)</source>
            <translation>均方误差（总是回答 1.0 得 0.167）</translation>
        </message>
        <message>
            <source>share of sums within ±0.04</source>
            <translation>误差在 ±0.04 以内的和所占比例</translation>
        </message>
        <message>
            <source>forecast mean squared error</source>
            <translation>预测的均方误差</translation>
        </message>
        <message>
            <source>MSE of repeating the last value</source>
            <translation>重复上一个值的均方误差</translation>
        </message>
        <message>
            <source>classification accuracy</source>
            <translation>分类准确率</translation>
        </message>
        <message>
            <source>balanced accuracy (mean over classes)</source>
            <translation>平衡准确率（各类别的平均）</translation>
        </message>
        <message>
            <source>blue classified as blue</source>
            <translation>blue 被分为 blue</translation>
        </message>
        <message>
            <source>blue classified as green</source>
            <translation>blue 被分为 green</translation>
        </message>
        <message>
            <source>blue classified as red</source>
            <translation>blue 被分为 red</translation>
        </message>
        <message>
            <source>green classified as blue</source>
            <translation>green 被分为 blue</translation>
        </message>
        <message>
            <source>green classified as green</source>
            <translation>green 被分为 green</translation>
        </message>
        <message>
            <source>green classified as red</source>
            <translation>green 被分为 red</translation>
        </message>
        <message>
            <source>red classified as blue</source>
            <translation>red 被分为 blue</translation>
        </message>
        <message>
            <source>red classified as green</source>
            <translation>red 被分为 green</translation>
        </message>
        <message>
            <source>red classified as red</source>
            <translation>red 被分为 red</translation>
        </message>
        <message>
            <source>Elman (simple RNN)</source>
            <translation>Elman（简单循环网络）</translation>
        </message>
        <message>
            <source>Elman</source>
            <translation>Elman</translation>
        </message>
        <message>
            <source>Elman network (simple RNN)</source>
            <translation>Elman 网络（简单循环神经网络）</translation>
        </message>
        <message>
            <source>Elman: a single nonlinearity mixes the input with the previous hidden state. Simple and fast, but gradients fade (or blow up) over long gaps.</source>
            <translation>Elman：用一个非线性函数把输入和上一步的隐藏状态混合起来。简单又快，但间隔一长梯度就会消失（或爆炸）。</translation>
        </message>
        <message>
            <source>hidden state h_t</source>
            <translation>隐藏状态 h_t</translation>
        </message>
        <message>
            <source>LSTM</source>
            <translation>LSTM</translation>
        </message>
        <message>
            <source>Long short-term memory (LSTM)</source>
            <translation>长短期记忆网络（LSTM）</translation>
        </message>
        <message>
            <source>LSTM: forget, input and output gates guard a cell state c_t that is carried forward by addition, so gradients survive long gaps.</source>
            <translation>LSTM：遗忘门、输入门和输出门守护着细胞状态 c_t，它靠加法向前传递，所以梯度能跨越很长的间隔。</translation>
        </message>
        <message>
            <source>cell state c_t (the LSTM's memory)</source>
            <translation>细胞状态 c_t（LSTM 的记忆）</translation>
        </message>
        <message>
            <source>cell state c_t</source>
            <translation>细胞状态 c_t</translation>
        </message>
        <message>
            <source>input gate i_t (1 = write new content)</source>
            <translation>输入门 i_t（1 = 写入新内容）</translation>
        </message>
        <message>
            <source>input gate i_t</source>
            <translation>输入门 i_t</translation>
        </message>
        <message>
            <source>forget gate f_t (1 = keep the memory, 0 = erase it)</source>
            <translation>遗忘门 f_t（1 = 保留记忆，0 = 抹去记忆）</translation>
        </message>
        <message>
            <source>forget gate f_t</source>
            <translation>遗忘门 f_t</translation>
        </message>
        <message>
            <source>candidate g_t (new content to write)</source>
            <translation>候选值 g_t（要写入的新内容）</translation>
        </message>
        <message>
            <source>candidate g_t</source>
            <translation>候选值 g_t</translation>
        </message>
        <message>
            <source>output gate o_t (1 = show the memory in h_t)</source>
            <translation>输出门 o_t（1 = 把记忆显示在 h_t 中）</translation>
        </message>
        <message>
            <source>output gate o_t</source>
            <translation>输出门 o_t</translation>
        </message>
        <message>
            <source>Peephole LSTM</source>
            <translation>窥孔 LSTM</translation>
        </message>
        <message>
            <source>LSTM with peephole connections (Greff et al.)</source>
            <translation>带窥孔连接的 LSTM（Greff 等人）</translation>
        </message>
        <message>
            <source>Peephole LSTM: an LSTM whose gates also see the cell state itself, which helps with precise timing.</source>
            <translation>窥孔 LSTM：门还能直接看到细胞状态的 LSTM，有助于精确把握时机。</translation>
        </message>
        <message>
            <source>GRU</source>
            <translation>GRU</translation>
        </message>
        <message>
            <source>Gated recurrent unit (GRU)</source>
            <translation>门控循环单元（GRU）</translation>
        </message>
        <message>
            <source>GRU: an update gate blends the old state with a candidate, a reset gate decides how much of the past the candidate sees. Fewer weights than an LSTM.</source>
            <translation>GRU：更新门把旧状态与候选状态混合，重置门决定候选状态能看到多少过去的信息。权重比 LSTM 少。</translation>
        </message>
        <message>
            <source>reset gate r_t (how much of h_{t-1} shapes the candidate)</source>
            <translation>重置门 r_t（h_{t-1} 对候选状态的影响有多大）</translation>
        </message>
        <message>
            <source>reset gate r_t</source>
            <translation>重置门 r_t</translation>
        </message>
        <message>
            <source>update gate z_t (1 = keep h_{t-1}, 0 = take the candidate)</source>
            <translation>更新门 z_t（1 = 保留 h_{t-1}，0 = 采用候选状态）</translation>
        </message>
        <message>
            <source>update gate z_t</source>
            <translation>更新门 z_t</translation>
        </message>
        <message>
            <source>candidate n_t (the new state proposed)</source>
            <translation>候选状态 n_t（提议的新状态）</translation>
        </message>
        <message>
            <source>candidate n_t</source>
            <translation>候选状态 n_t</translation>
        </message>
        <message>
            <source>MGU (minimal gated unit)</source>
            <translation>MGU（最小门控单元）</translation>
        </message>
        <message>
            <source>MGU</source>
            <translation>MGU</translation>
        </message>
        <message>
            <source>Minimal gated unit (MGU)</source>
            <translation>最小门控单元（MGU）</translation>
        </message>
        <message>
            <source>MGU: a single forget gate both decides how much of the old state to keep and how much of it the candidate sees. The smallest gated cell: two weight blocks instead of the GRU's three.</source>
            <translation>MGU：只有一个遗忘门，它既决定保留多少旧状态，也决定候选状态能看到多少过去。这是最小的门控单元：只有两组权重块，而 GRU 有三组。</translation>
        </message>
        <message>
            <source>forget gate, between 0 and 1 (1 = take the candidate)</source>
            <translation>遗忘门，取值在 0 到 1 之间（1 = 采用候选状态）</translation>
        </message>
        <message>
            <source>what the candidate sees of the past</source>
            <translation>候选状态能看到的过去部分</translation>
        </message>
        <message>
            <source>candidate state</source>
            <translation>候选状态</translation>
        </message>
        <message>
            <source>input weights (n_in × 2H) and bias, blocks f, n</source>
            <translation>输入权重（n_in × 2H）和偏置，按 f、n 分块</translation>
        </message>
        <message>
            <source>recurrent weights (H × 2H)</source>
            <translation>循环权重（H × 2H）</translation>
        </message>
        <message>
            <source>output weights and bias</source>
            <translation>输出层的权重和偏置</translation>
        </message>
        <message>
            <source>one gate: what to keep, what the candidate sees</source>
            <translation>一个门：保留什么，候选状态看到什么</translation>
        </message>
        <message>
            <source>forget gate f_t (1 = take the candidate, 0 = keep h_{t-1})</source>
            <translation>遗忘门 f_t（1 = 采用候选状态，0 = 保留 h_{t-1}）</translation>
        </message>
        <message>
            <source>candidate n_t (the new state proposed, h̃_t)</source>
            <translation>候选状态 n_t（提议的新状态，即 h̃_t）</translation>
        </message>
        <message>
            <source>Add two binary numbers one bit pair at a time, least significant bit first. The hidden state has to carry the carry.</source>
            <translation>把两个二进制数逐位相加，从最低位开始，每次输入一对比特。进位要靠隐藏状态来记住。</translation>
        </message>
        <message>
            <source>a bit</source>
            <translation>a 的位</translation>
        </message>
        <message>
            <source>b bit</source>
            <translation>b 的位</translation>
        </message>
        <message>
            <source>Adam at 0.01 gets every held-out sum right in about 200 updates.</source>
            <translation>学习率 0.01 的 Adam 在约 200 次更新内答对所有留出的加法。</translation>
        </message>
        <message>
            <source>Trask's adder: sigmoid units, uniform(-1, 1) weights and Adam at 0.05 get every held-out sum right in a few hundred updates.</source>
            <translation>Trask 的加法器：sigmoid 单元、uniform(-1, 1) 权重和学习率 0.05 的 Adam，几百次更新内答对所有留出的加法。</translation>
        </message>
        <message>
            <source>Read a stream of random letters and raise a flag each time the target word has just been spelled.</source>
            <translation>读入一串随机字母，每当目标单词刚好被拼出来时就举旗标记。</translation>
        </message>
        <message>
            <source>Adam at 0.01 flags the word with an F1 score above 0.95 within about 150 updates.</source>
            <translation>学习率 0.01 的 Adam 在约 150 次更新内标记出单词，F1 分数高于 0.95。</translation>
        </message>
        <message>
            <source>Predict the next character of a text; then let the network write new text one sampled character at a time.</source>
            <translation>预测文本中的下一个字符；然后让网络逐个采样字符，写出新的文本。</translation>
        </message>
        <message>
            <source>Adam at 0.01 brings the text below 3.3 bits per character within about 350 updates; train on for better text.</source>
            <translation>学习率 0.01 的 Adam 在约 350 次更新内降到每字符 3.3 比特以下；继续训练文本会更好。</translation>
        </message>
        <message>
            <source>See a symbol, wait k steps, then say it again: how long can the memory hold?</source>
            <translation>看到一个符号，等待 k 步，再把它说出来：记忆能保持多久？</translation>
        </message>
        <message>
            <source>A gated cell at learning rate 0.01 learns to hold the symbol through 20 noisy steps; an LSTM at the adder's 0.05 stays near chance.</source>
            <translation>门控单元以学习率 0.01 学会把符号保持过 20 个带噪声的步骤；LSTM 若用加法器的 0.05 则停留在随机猜测水平附近。</translation>
        </message>
        <message>
            <source>An Elman network cannot hold a symbol through 20 noisy steps (its gradient fades); with a gap of 8 and 32 units it learns in about 50 updates.</source>
            <translation>Elman 网络无法把符号保持过 20 个带噪声的步骤（梯度会消失）；间隔为 8、32 个单元时约 50 次更新就能学会。</translation>
        </message>
        <message>
            <source>Add the two marked numbers hidden in a long random sequence (the classic long-range test for gated cells).</source>
            <translation>把藏在一长串随机数中的两个被标记的数相加（检验带门单元长程记忆的经典测试）。</translation>
        </message>
        <message>
            <source>value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>marker</source>
            <translation>标记</translation>
        </message>
        <message>
            <source>A gated cell at learning rate 0.01 finds the two marked numbers in 50 steps (error below 0.01) within about 800 updates.</source>
            <translation>门控单元以学习率 0.01 在约 800 次更新内找到 50 步中被标记的两个数（误差低于 0.01）。</translation>
        </message>
        <message>
            <source>An Elman network stays near the always-1.0 error over 50 steps; over 10 it learns the sum within about 800 updates.</source>
            <translation>在 50 步上 Elman 网络的误差停留在总答 1.0 的水平附近；在 10 步上约 800 次更新就能学会求和。</translation>
        </message>
        <message>
            <source>Predict the next value of a noisy time series from the values so far.</source>
            <translation>根据到目前为止的数值，预测带噪声时间序列的下一个值。</translation>
        </message>
        <message>
            <source>x_t</source>
            <translation>x_t</translation>
        </message>
        <message>
            <source>Adam at 0.01 brings the forecast error below 0.01 within about 500 updates.</source>
            <translation>学习率 0.01 的 Adam 在约 500 次更新内把预测误差降到 0.01 以下。</translation>
        </message>
        <message>
            <source>An Elman network at learning rate 0.01 brings the forecast error below 0.01 within about 1,100 updates.</source>
            <translation>学习率 0.01 的 Elman 网络在约 1,100 次更新内把预测误差降到 0.01 以下。</translation>
        </message>
        <message>
            <source>Read a whole sequence, then name its class: your own labelled sequences from a CSV file, or the bundled example, where the class is the colour named first.</source>
            <translation>读完整个序列，再说出它的类别：可以是 CSV 文件中你自己标注的序列，也可以是自带的示例，其中类别是最先提到的颜色。</translation>
        </message>
        <message>
            <source>Adam at 0.01 classifies the bundled example with over 90 % accuracy within about 150 updates.</source>
            <translation>Adam（学习率 0.01）大约 150 次更新内就能以 90 % 以上的准确率对自带示例分类。</translation>
        </message>
        <message>
            <source>An Elman network at learning rate 0.01 needs about 300 to 900 updates to reach 90 % on the bundled example, and now and then gets stuck lower.</source>
            <translation>Elman 网络在学习率 0.01 下需要大约 300 到 900 次更新才能在自带示例上达到 90 %，偶尔会停在更低的水平。</translation>
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
            <source>All zeros (broken)</source>
            <translation>全零（坏的开始）</translation>
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
