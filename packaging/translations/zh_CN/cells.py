"""Simplified Chinese for the cells' and tasks' descriptors (``CELL`` in
rnnstudio/engine/cells/*.py, ``TASK`` in tasks/*.py): the minimal gated unit (MGU) and
what the registries show of every cell and task.

Terms follow packaging/translations/zh_CN.py (门 gate, 遗忘门 forget gate, 候选 candidate).
"""

TRANSLATIONS: dict[str, str] = {
    # names that stay as they are in Chinese
    "settings|Elman": "Elman",
    "settings|MGU": "MGU",
    "settings|x_t": "x_t",
    # tasks' descriptors: the Inside view's names of the adding problem's inputs
    "settings|value": "数值",
    # ------------------------------------------------------------ minimal gated unit
    "MGU (minimal gated unit)": "MGU（最小门控单元）",
    "Minimal gated unit (MGU)": "最小门控单元（MGU）",
    "MGU: a single forget gate both decides how much of the old state to keep and how much "
    "of it the candidate sees. The smallest gated cell: two weight blocks instead of the "
    "GRU's three.":
        "MGU：只有一个遗忘门，它既决定保留多少旧状态，也决定候选状态能看到多少过去。"
        "这是最小的门控单元：只有两组权重块，而 GRU 有三组。",
    "forget gate f_t (1 = take the candidate, 0 = keep h_{t-1})":
        "遗忘门 f_t（1 = 采用候选状态，0 = 保留 h_{t-1}）",
    "candidate n_t (the new state proposed, h̃_t)": "候选状态 n_t（提议的新状态，即 h̃_t）",
    # equations view: the MGU's legend
    "forget gate, between 0 and 1 (1 = take the candidate)":
        "遗忘门，取值在 0 到 1 之间（1 = 采用候选状态）",
    "what the candidate sees of the past": "候选状态能看到的过去部分",
    "input weights (n_in × 2H) and bias, blocks f, n": "输入权重（n_in × 2H）和偏置，按 f、n 分块",
    "recurrent weights (H × 2H)": "循环权重（H × 2H）",
    # unrolled view: the circuit of a cell without a drawing of its own
    "CircuitView|from x<sub>t</sub> and h<sub>t−1</sub>": "来自 x<sub>t</sub> 和 h<sub>t−1</sub>",
    # model panel: the MGU's data-flow picture
    "one gate: what to keep, what the candidate sees": "一个门：保留什么，候选状态看到什么",
}
