"""Simplified Chinese for the welcome window and the guided tour (gui/welcome.py,
gui/tour.py; issue 16 part 4)."""

TRANSLATIONS = {
    # the welcome window
    "Welcome to RNN Studio": "欢迎使用 RNN Studio",
    "RNN Studio lets you build a recurrent network, train it and watch it learn: the loss, "
    "the predictions, the states inside and how far the error signal travels back in time. "
    "Everything is computed exactly, step by step, so you can pause at any update and look. "
    "Pick a start below, or close this window and explore: Help → Welcome… brings it back.":
        "在 RNN Studio 里，你可以搭建一个循环神经网络，训练它，并看着它学习：损失、预测、"
        "网络内部的状态，以及误差信号能沿时间往回传多远。一切都逐步精确计算，"
        "你可以在任何一次更新处暂停下来仔细看。从下面选一个开始，或者关掉这个窗口自己探索："
        "“帮助 → 欢迎…”可以再次打开它。",
    "Train the binary adder": "训练二进制加法器",
    "The default set-up: a small Elman network learns to add two binary numbers, one bit "
    "per time step. Training starts at once.":
        "默认设置：一个小型 Elman 网络学习把两个二进制数相加，每个时间步一位。训练会立即开始。",
    "Open the vanishing-gradient lesson": "打开“梯度消失”课程",
    "Elman, LSTM and GRU race to remember a symbol for 20 steps; the gradient-flow maps "
    "show why only the gated cells manage it.":
        "Elman、LSTM 和 GRU 比赛把一个符号记住 20 步；"
        "梯度流动图会告诉你为什么只有带门控的单元能做到。",
    "Open your own data…": "打开你自己的数据…",
    "Train on a file of your own, read by the task for its kind ({0}).":
        "用你自己的文件训练，由读取这类文件的任务来使用（{0}）。",
    "Take the tour": "参观导览",
    "Show at start-up": "启动时显示",
    "Welcome…": "欢迎…",
    "Welcome|Tour": "导览",
    "The lesson could not be found.": "找不到这门课程。",
    "Data files ({0})": "数据文件（{0}）",
    "Welcome|All files (*)": "所有文件 (*)",
    "Open your own data": "打开你自己的数据",
    "{0}: RNN Studio reads these files as data: {1}": "{0}：RNN Studio 能作为数据读取的文件是：{1}",
    "{0} loaded for {1}: press Train (Space).": "已为“{1}”载入 {0}：按“训练”（空格键）。",
    # the tour
    "Tour|Back": "上一步",
    "Tour|Next": "下一步",
    "Tour|Skip tour": "跳过导览",
    "Tour|{0} / {1}": "{0} / {1}",
    "Tour|Done": "完成",
    "Tour|Train": "训练",
    "Tour|Gradient flow across time": "梯度随时间的流动",
    "Tour|Learn": "学习",
    "Starts training; press it again (or Space) to pause, and once more to resume. Step "
    "beside it makes exactly one update, so you can watch a single change.":
        "开始训练；再按一次（或按空格键）暂停，再按一次继续。旁边的“单步”只做一次更新，"
        "让你看清一次变化。",
    "How much of the error signal reaches each earlier time step, update after update. "
    "Colour fading towards the early steps means the gradient is vanishing: the network "
    "cannot learn from what happened that long ago.":
        "每次更新时，误差信号有多少能到达之前的每个时间步。颜色越往早期的时间步越淡，"
        "说明梯度正在消失：网络无法从那么久以前发生的事情中学习。",
    "Lessons, the unrolled network, the equations, try it yourself, race mode and why "
    "gradients vanish: each opens a view that explains what you are watching.":
        "课程、展开的网络、公式、动手试试、竞赛模式和梯度为何消失：每一项都会打开一个视图，"
        "解释你正在看到的东西。",
}
