"""Chinese for reopening replaced runs and the Rebuild / Cancel question (issue 12 item 1)."""

TRANSLATIONS = {
    "Build a new network?": "要构建新的网络吗？",
    "Changing {0} builds a new network: the trained one stays in the Runs list, where "
    "Reopen brings it back (so does Edit → Undo).":
        "更改{0}会构建一个新的网络：训练过的网络保留在“运行记录”列表中，"
        "点“重新打开”即可找回（“编辑 → 撤销”也可以）。",
    "Rebuild": "重新构建",
    "Ask every time": "每次都询问",
    "Kept the trained network": "已保留训练过的网络",
    "Reopen": "重新打开",
    "Make the selected run's network the window's again, as it was when it was replaced "
    "(double-click a row does the same)":
        "让选中的运行的网络重新成为窗口中的网络，恢复到它被替换时的状态（双击该行也可以）",
    "{0} · in the window": "{0} · 当前窗口中",
    "{0} · can reopen": "{0} · 可重新打开",
    "Run {0} reopened at update {1}; Train continues from here":
        "运行 {0} 已在第 {1} 次更新处重新打开；“训练”将从这里继续",
}
