<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
            <source>Over training</source>
            <translation>训练全过程</translation>
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
            <source>clip threshold</source>
            <translation>裁剪阈值</translation>
        </message>
        <message>
            <source>, layer {0}</source>
            <translation>，第 {0} 层</translation>
        </message>
        <message>
            <source>layer {0}</source>
            <translation>第 {0} 层</translation>
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
        <name>InsideView</name>
        <message>
            <source>hidden state h_t</source>
            <translation>隐藏状态 h_t</translation>
        </message>
        <message>
            <source>cell state c_t (the LSTM's memory)</source>
            <translation>细胞状态 c_t（LSTM 的记忆）</translation>
        </message>
        <message>
            <source>input gate i_t (1 = write new content)</source>
            <translation>输入门 i_t（1 = 写入新内容）</translation>
        </message>
        <message>
            <source>forget gate f_t (1 = keep the memory, 0 = erase it)</source>
            <translation>遗忘门 f_t（1 = 保留记忆，0 = 抹去记忆）</translation>
        </message>
        <message>
            <source>candidate g_t (new content to write)</source>
            <translation>候选值 g_t（要写入的新内容）</translation>
        </message>
        <message>
            <source>output gate o_t (1 = show the memory in h_t)</source>
            <translation>输出门 o_t（1 = 把记忆显示在 h_t 中）</translation>
        </message>
        <message>
            <source>reset gate r_t (how much of h_{t-1} shapes the candidate)</source>
            <translation>重置门 r_t（h_{t-1} 对候选状态的影响有多大）</translation>
        </message>
        <message>
            <source>update gate z_t (1 = keep h_{t-1}, 0 = take the candidate)</source>
            <translation>更新门 z_t（1 = 保留 h_{t-1}，0 = 采用候选状态）</translation>
        </message>
        <message>
            <source>candidate n_t (the new state proposed)</source>
            <translation>候选状态 n_t（提议的新状态）</translation>
        </message>
        <message>
            <source>cell state c_t</source>
            <translation>细胞状态 c_t</translation>
        </message>
        <message>
            <source>input gate i_t</source>
            <translation>输入门 i_t</translation>
        </message>
        <message>
            <source>forget gate f_t</source>
            <translation>遗忘门 f_t</translation>
        </message>
        <message>
            <source>candidate g_t</source>
            <translation>候选值 g_t</translation>
        </message>
        <message>
            <source>output gate o_t</source>
            <translation>输出门 o_t</translation>
        </message>
        <message>
            <source>reset gate r_t</source>
            <translation>重置门 r_t</translation>
        </message>
        <message>
            <source>update gate z_t</source>
            <translation>更新门 z_t</translation>
        </message>
        <message>
            <source>candidate n_t</source>
            <translation>候选状态 n_t</translation>
        </message>
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
            <source>input at time step t</source>
            <translation>时间步 t 的输入</translation>
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
            <source>Loss &amp; metric</source>
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
            <source>Train at full speed (Space; Space again pauses)</source>
            <translation>全速训练（空格键；再按一次空格暂停）</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Pause or resume training</source>
            <translation>暂停或继续训练</translation>
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
            <source>Train / Pause</source>
            <translation>训练 / 暂停</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>运行</translation>
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
            <source>&amp;Run</source>
            <translation>运行(&amp;R)</translation>
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
            <source>Learning rate {0} from the next update</source>
            <translation>从下一次更新起学习率为 {0}</translation>
        </message>
        <message>
            <source>Settings changed: a fresh network is ready</source>
            <translation>设置已更改：新的网络已准备好</translation>
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
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Training diverged and was paused: {0} The plots keep the history; Train carries on from the last finite weights, Reset starts over.</source>
            <translation>训练发散，已暂停：{0} 图表保留了历史记录；点“训练”会从最后一组有限的权重继续，点“重置”则从头开始。</translation>
        </message>
        <message>
            <source>{0} reached {1} at step {2}</source>
            <translation>{0}在第 {2} 步达到 {1}</translation>
        </message>
        <message>
            <source>Goal reached: {0}. Train carries on; Reset starts over.</source>
            <translation>已达到目标：{0}。点“训练”继续，点“重置”从头开始。</translation>
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
        <name>ModelPanel</name>
        <message>
            <source>Elman: a single nonlinearity mixes the input with the previous hidden state. Simple and fast, but gradients fade (or blow up) over long gaps.</source>
            <translation>Elman：用一个非线性函数把输入和上一步的隐藏状态混合起来。简单又快，但间隔一长梯度就会消失（或爆炸）。</translation>
        </message>
        <message>
            <source>LSTM: forget, input and output gates guard a cell state c_t that is carried forward by addition, so gradients survive long gaps.</source>
            <translation>LSTM：遗忘门、输入门和输出门守护着细胞状态 c_t，它靠加法向前传递，所以梯度能跨越很长的间隔。</translation>
        </message>
        <message>
            <source>Peephole LSTM: an LSTM whose gates also see the cell state itself, which helps with precise timing.</source>
            <translation>窥孔 LSTM：门还能直接看到细胞状态的 LSTM，有助于精确把握时机。</translation>
        </message>
        <message>
            <source>GRU: an update gate blends the old state with a candidate, a reset gate decides how much of the past the candidate sees. Fewer weights than an LSTM.</source>
            <translation>GRU：更新门把旧状态与候选状态混合，重置门决定候选状态能看到多少过去的信息。权重比 LSTM 少。</translation>
        </message>
        <message>
            <source>Randomise the seed: new start weights and data order</source>
            <translation>随机换一个种子：新的初始权重和数据顺序</translation>
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
        <name>PredictionView</name>
        <message>
            <source>network row: the darker, the surer the bit is 1; {0} wrong bit</source>
            <translation>网络一行：颜色越深，越确定该位是 1；{0} 错误的位</translation>
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
        <name>TaskPanel</name>
        <message>
            <source>Add two binary numbers one bit pair at a time, least significant bit first. The hidden state has to carry the carry.</source>
            <translation>把两个二进制数逐位相加，从最低位开始，每次输入一对比特。进位要靠隐藏状态来记住。</translation>
        </message>
        <message>
            <source>Read a stream of random letters and raise a flag each time the target word has just been spelled.</source>
            <translation>读入一串随机字母，每当目标单词刚好被拼出来时就举旗标记。</translation>
        </message>
        <message>
            <source>Predict the next character of a text; then let the network write new text one sampled character at a time.</source>
            <translation>预测文本中的下一个字符；然后让网络逐个采样字符，写出新的文本。</translation>
        </message>
        <message>
            <source>See a symbol, wait k steps, then say it again: how long can the memory hold?</source>
            <translation>看到一个符号，等待 k 步，再把它说出来：记忆能保持多久？</translation>
        </message>
        <message>
            <source>Add the two marked numbers hidden in a long random sequence (the classic long-range test for gated cells).</source>
            <translation>把藏在一长串随机数中的两个被标记的数相加（检验带门单元长程记忆的经典测试）。</translation>
        </message>
        <message>
            <source>Predict the next value of a noisy time series from the values so far.</source>
            <translation>根据到目前为止的数值，预测带噪声时间序列的下一个值。</translation>
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
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <source>Changes apply at the next update, even while training; arrows step 1, 2, 5, 10...</source>
            <translation>修改会在下一次更新时生效，训练中也可以改；箭头按 1、2、5、10… 递增。</translation>
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
            <source>bits per character (lower is better)</source>
            <translation>每字符比特数（越低越好）</translation>
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
