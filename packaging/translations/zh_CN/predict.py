"""Simplified Chinese: the unrolled view's "Predict first" quiz
(rnnstudio/gui/teach/unrolled_predict.py and its toolbar button in unrolled.py) and the
challenge checker's predict-first messages (engine/challenges.py). Terms as in
unrolled.py: 前向传播 / 反向传播, 时间步, 单元; 先预测 for "Predict first".
"""

_PREDICT: dict[str, str] = {
    "output bits": "输出位",
    "output up or down": "输出升或降",
    "gates": "门",
    "gradient grow or shrink": "梯度变大或变小",
    "mean {0} {1} vs {2} {3} over the units of layer {4}":
        "第 {4} 层各单元的平均值：{0} {1}，{2} {3}",
    "Step t = {0}: which gate is more open here (mean over the units)?":
        "时间步 t = {0}：这里哪个门开得更大（各单元的平均）？",
    ", the target is {0}": "，目标是 {0}",
    "ŷ = {0}, so the network says {1}{2}": "ŷ = {0}，所以网络输出 {1}{2}",
    "Step t = {0}: will the output bit be 0 or 1?": "时间步 t = {0}：输出位会是 0 还是 1？",
    "Step t = {0}: will the probability of the true next symbol be higher or lower than "
    "it was at step t − 1?":
        "时间步 t = {0}：正确的下一个符号的概率会比第 t − 1 步时更高还是更低？",
    "p(true symbol) {0} at t − 1, {1} now": "正确符号的概率：t − 1 时 {0}，现在 {1}",
    "Step t = {0}: will the output ŷ go up or down from step t − 1?":
        "时间步 t = {0}：输出 ŷ 会比第 t − 1 步升高还是降低？",
    "ŷ was {0}, now {1}": "ŷ 原为 {0}，现在 {1}",
    "Up (U)": "升高（U）",
    "Down (D)": "降低（D）",
    "up": "升高",
    "down": "降低",
    "‖δh‖ {0} {1}: truncated BPTT cuts the path here, only the loss at step t adds "
    "gradient": "‖δh‖ {0} {1}：截断 BPTT 在这里切断了路径，只有第 t 步的损失加入梯度",
    "grew": "变大了",
    "shrank": "变小了",
    "‖δh‖ grew {0}: the loss at step t adds its own gradient ({1})":
        "‖δh‖ 变大了 {0}：第 t 步的损失加入了它自己的梯度（{1}）",
    "‖δh‖ grew {0}: the step back through the recurrent weights amplified it (gain above 1)":
        "‖δh‖ 变大了 {0}：经过循环权重退回一步时被放大了（增益大于 1）",
    "‖δh‖ shrank {0}: the step back through the recurrent weights and the squashing "
    "derivatives (below 1) scaled it down":
        "‖δh‖ 变小了 {0}：经过循环权重和压缩函数的导数（小于 1）退回一步时被缩小了",
    "Going back from step {0} to step {1}: will ‖∂L/∂h‖ grow or shrink?":
        "从第 {0} 步退回第 {1} 步：‖∂L/∂h‖ 会变大还是变小？",
    "Grow (G)": "变大（G）",
    "Shrink (S)": "变小（S）",
    "grow": "变大",
    "shrink": "变小",
    "Just show me": "直接显示",
    "Reveal the step without answering (not scored)": "不作答直接揭晓这一步（不计分）",
    "Try again": "再试一次",
    "Shown: {0}.": "答案：{0}。",
    "✓ Right: {0}.": "✓ 答对了：{0}。",
    "✗ Not this time: it is {0}.": "✗ 这次没答对：答案是 {0}。",
    "{0} of {1} right": "答对 {0} / {1}",
    "{0}: {1} of {2}": "{0}：{1} / {2}",
    "End of the forward pass.": "前向传播结束。",
    "End of backpropagation through time.": "随时间反向传播结束。",
    "; ": "；",
    "{0}.": "{0}。",
    "{0} {1} {2}": "{0}{1}{2}",
    "Rethink: {0}.": "再想想：{0}。",
    "All right. Well predicted!": "全部答对，预测得好！",
    "Press → : before each step is shown you predict it.":
        "按 → ：每一步揭晓之前，先由你来预测。",
    "The network changed: press → for a new question.": "网络变了：按 → 出新的问题。",
}

_VIEW: dict[str, str] = {
    "Predict first": "先预测",
    "Before each step is shown, predict it (an output bit, a gate, a gradient) and keep "
    "score": "每一步揭晓之前先预测它（一个输出位、一个门、一个梯度），并记分",
}

_ENGINE: dict[str, str] = {
    "{where}: 'question' is {value!r}; expected one of {allowed}":
        "{where}：'question' 为 {value!r}；应为 {allowed} 之一",
    "{where}: 'of' must be a positive integer (the questions to answer)":
        "{where}：'of' 必须是正整数（要回答的问题数）",
    "{where}: 'at_least' must be an integer from 0 to 'of' ({of})":
        "{where}：'at_least' 必须是 0 到 'of'（{of}）之间的整数",
    "{where}: 'predict_first' must be true or false":
        "{where}：'predict_first' 必须是 true 或 false",
    "You answered {asked} of the {of} predict-first questions ({kind}) yet: turn on Predict "
    "first in the Unrolled network view and answer them.":
        "“先预测”的 {of} 个问题（{kind}）你目前回答了 {asked} 个：请在“展开的网络”视图中"
        "打开“先预测”并回答它们。",
    "You called {right} of {asked} right ({kind}); the goal is {need} of {of}.":
        "你判断对了 {right} / {asked}（{kind}）；目标是 {of} 个中对 {need} 个。",
}

TRANSLATIONS: dict[str, str] = {
    **{f"Predict|{k}": v for k, v in _PREDICT.items()},
    **{f"UnrolledView|{k}": v for k, v in _VIEW.items()},
    **{f"engine|{k}": v for k, v in _ENGINE.items()},
}
