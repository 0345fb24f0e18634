"""Simplified Chinese for the teaching plots (rnnstudio/gui/plots/): short titles shown
where the whole one does not fit, the divergence marker, hover read-outs. Terms follow
packaging/translations/zh_CN.py."""

TRANSLATIONS: dict[str, str] = {
    # ---------------------------------------------------------------- short titles
    "‖g‖: {0}━ before{1}, {2}╌ after{1} clipping": "‖g‖：{0}━ 裁剪前{1}，{2}╌ 裁剪后{1}",
    "Held-out {0}": "留出集{0}",
    # ---------------------------------------------------------------- divergence
    "diverged at update {0}": "第 {0} 次更新时发散",
    "Update {0}, the last finite one": "第 {0} 次更新（最后一次有限值）",
    "Update {0}": "第 {0} 次更新",
    # ---------------------------------------------------------------- hover read-outs
    "update {0}, time step {1}: {2} = {3}": "第 {0} 次更新，时间步 {1}：{2} = {3}",
    "unit {0}, time step {1}: {2} = {3}": "单元 {0}，时间步 {1}：{2} = {3}",
    "{0}, time step {1}: {2}": "{0}，时间步 {1}：{2}",
    "{0}, bit {1}: {2}": "{0}，第 {1} 位：{2}",
}
