"""Chinese for settings that change a running network live (issue 12 item 1)."""

TRANSLATIONS = {
    "MainWindow|off": "关闭",
    "{0} {1} from the next sample": "{0} {1}：从下一次采样起生效",
    "{0} {1} from the next update": "{0} {1}：从下一次更新起生效",
    "{0} {1} from the next update: the weights and the optimizer's moments are converted":
        "{0} {1}：从下一次更新起生效，权重和优化器的动量随之转换精度",
    "{0} {1} from the next update, with a fresh optimizer state; the weights carry on":
        "{0} {1}：从下一次更新起生效，优化器状态重新开始；权重保持不变",
    "{0} {1}: the run carries on to it": "{0} {1}：训练会继续到这个次数",
    "&Edit": "编辑(&E)",
    "Back to the trained network ({0} updates)": "已回到训练过的网络（{0} 次更新）",
    "Settings back; a fresh network is ready": "设置已恢复；新的网络已就绪",
    "SettingsUndo|Undo": "撤销",
    "Undo settings change": "撤销设置更改",
    "Undo {0}": "撤销{0}",
}
