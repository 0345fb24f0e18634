"""Simplified Chinese for the cells' descriptors (rnnstudio/engine/cells/*.py, ``CELL``):
the minimal gated unit (MGU) and what the registry shows of every cell.

Terms follow packaging/translations/zh_CN.py (门 gate, 遗忘门 forget gate, 候选 candidate).
"""

TRANSLATIONS: dict[str, str] = {
    # names that stay as they are in Chinese
    "settings|Elman": "Elman",
    "settings|MGU": "MGU",
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
}
