"""Chinese for the recommended settings per task and cell and the failure warnings
(issue 12 item 3)."""

TRANSLATIONS = {
    # the window: note, opt-outs, warning
    "Presets|, ": "，",
    "Presets|{0} {1}": "{0} {1}",
    "Apply recommended settings on task switch": "切换任务时应用推荐设置",
    "Keep my settings": "保留我的设置",
    "Kept your settings: {0}": "已保留你的设置：{0}",
    "Likely to fail:": "可能训练失败：",
    "Put back the values you had before the switch": "恢复切换之前的数值",
    "Training with settings likely to fail: {0}": "正在用可能失败的设置训练：{0}",
    "{0} with {1}: {2} (recommended)": "{0}（{1}）：{2}（推荐）",
    # the engine's warnings
    "engine|Learning rate {lr:g} is too large for Adam: its steps overshoot (try 0.01).":
        "学习率 {lr:g} 对 Adam 来说太大：每一步都会冲过头（试试 0.01）。",
    "engine|No gradient clipping with ReLU units and recurrent scale {scale:g}: gradients explode "
    "(turn clipping on, norm 5).":
        "ReLU 单元、循环缩放 {scale:g} 且不裁剪梯度：梯度会爆炸（请打开裁剪，范数 5）。",
    "engine|Truncated BPTT of {k} steps is shorter than the {span} steps the task needs to look "
    "back: the gradient never reaches the cause (use 0, the whole sequence, or at least "
    "{span}).":
        "截断 BPTT 的 {k} 步短于任务需要回看的 {span} 步：梯度永远到不了原因处"
        "（用 0 表示整个序列，或至少 {span}）。",
    "engine|{cell} has no gates: it cannot hold a symbol through {delay} noisy steps (try a delay "
    "of {short} with {hidden} units, or a gated cell such as LSTM).":
        "{cell} 没有门：它无法把一个符号保持过 {delay} 个带噪声的步骤"
        "（试试延迟 {short}、{hidden} 个单元，或 LSTM 这样的门控单元）。",
    # why each recommendation (the tasks' descriptors)
    "A gated cell at learning rate 0.01 finds the two marked numbers in 50 steps (error "
    "below 0.01) within about 800 updates.":
        "门控单元以学习率 0.01 在约 800 次更新内找到 50 步中被标记的两个数（误差低于 0.01）。",
    "A gated cell at learning rate 0.01 learns to hold the symbol through 20 noisy steps; an "
    "LSTM at the adder's 0.05 stays near chance.":
        "门控单元以学习率 0.01 学会把符号保持过 20 个带噪声的步骤；"
        "LSTM 若用加法器的 0.05 则停留在随机猜测水平附近。",
    "Adam at 0.01 brings the forecast error below 0.01 within about 500 updates.":
        "学习率 0.01 的 Adam 在约 500 次更新内把预测误差降到 0.01 以下。",
    "Adam at 0.01 brings the text below 3.3 bits per character within about 350 updates; "
    "train on for better text.":
        "学习率 0.01 的 Adam 在约 350 次更新内降到每字符 3.3 比特以下；继续训练文本会更好。",
    "An Elman network at learning rate 0.01 brings the forecast error below 0.01 within about "
    "1,100 updates.":
        "学习率 0.01 的 Elman 网络在约 1,100 次更新内把预测误差降到 0.01 以下。",
    "Adam at 0.01 flags the word with an F1 score above 0.95 within about 150 updates.":
        "学习率 0.01 的 Adam 在约 150 次更新内标记出单词，F1 分数高于 0.95。",
    "Adam at 0.01 gets every held-out sum right in about 200 updates.":
        "学习率 0.01 的 Adam 在约 200 次更新内答对所有留出的加法。",
    "An Elman network cannot hold a symbol through 20 noisy steps (its gradient fades); "
    "with a gap of 8 and 32 units it learns in about 50 updates.":
        "Elman 网络无法把符号保持过 20 个带噪声的步骤（梯度会消失）；"
        "间隔为 8、32 个单元时约 50 次更新就能学会。",
    "An Elman network stays near the always-1.0 error over 50 steps; over 10 it learns the "
    "sum within about 800 updates.":
        "在 50 步上 Elman 网络的误差停留在总答 1.0 的水平附近；"
        "在 10 步上约 800 次更新就能学会求和。",
    "Trask's adder: sigmoid units, uniform(-1, 1) weights and Adam at 0.05 get every "
    "held-out sum right in a few hundred updates.":
        "Trask 的加法器：sigmoid 单元、uniform(-1, 1) 权重和学习率 0.05 的 Adam，"
        "几百次更新内答对所有留出的加法。",
}
