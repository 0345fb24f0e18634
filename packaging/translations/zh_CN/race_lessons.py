"""Simplified Chinese: race mode (gui/teach/race.py), the lessons panel
(gui/teach/lessons_panel.py) and the race engine's run messages (engine/race.py).

The lessons themselves (titles, explanations, what to look for...) are translated in
``resources/lessons/zh_CN/``. Terms: 竞赛模式 (race mode), 赛道 (lane), 同步 (in
lockstep), 批次 (batch), 留出集 (held-out), 裁剪阈值 (clip threshold), 更新 (update).
"""

TRANSLATIONS: dict[str, str] = {
    # ------------------------------------------------------------ race view
    "RaceView|metric": "指标",
    "Lanes:": "赛道：",
    "The cell of lane {0}, on the current task and settings.":
        "第 {0} 条赛道使用的单元（任务和其他设置沿用当前的）。",
    " '—' races two lanes only.": "选“—”则只让两条赛道竞赛。",
    "Updates:": "更新次数：",
    "How many lockstep updates the race runs.": "竞赛中各赛道同步进行的更新次数。",
    "Start race": "开始竞赛",
    "Train every lane on the same batches, side by side.":
        "在同样的批次上并排训练每一条赛道。",
    "RaceView|Stop": "停止",
    "Stop the race after the current update.": "在当前这次更新结束后停止竞赛。",
    "Every lane trains on <b>the same batches</b>, in lockstep. Heat maps: how much the loss "
    "depends on the hidden state at each time step t (dark = the gradient has vanished before "
    "reaching that step).":
        "每条赛道都在<b>同样的批次</b>上同步训练。热图：损失对每个时间步 t 的隐藏状态有多敏感"
        "（暗 = 梯度还没传到这一步就已经消失了）。",
    "RaceView|update": "更新次数",
    "RaceView|loss (log scale)": "损失（对数坐标）",
    "RaceView|Training loss": "训练损失",
    "RaceView|Held-out metric": "留出集指标",
    "RaceView|‖g‖ (log scale)": "‖g‖（对数坐标）",
    "Gradient norm (dashed: clip threshold)": "梯度范数（虚线：裁剪阈值）",
    "{0} configuration; race mode needs 2 or 3": "只有 {0} 个配置；竞赛模式需要 2 或 3 个",
    "Racing…": "竞赛中…",
    "Cannot race these lanes: {0}": "这些赛道无法竞赛：{0}",
    "{0}: clipping threshold {1}": "{0}：裁剪阈值 {1}",
    "{0}: ‖∂L/∂h_t‖": "{0}：‖∂L/∂h_t‖",
    "RaceView|time step t": "时间步 t",
    "Held-out {0}": "留出集{0}",
    "RaceView|Held-out {0} (higher is better)": "留出集{0}（越高越好）",
    "RaceView|Held-out {0} (lower is better)": "留出集{0}（越低越好）",
    " vs ": " 对 ",
    "Race: {0}": "竞赛：{0}",
    "Choose two or three lanes.": "请选择两条或三条赛道。",
    "Racing… update {0} of {1}": "竞赛中… 第 {0} 次更新，共 {1} 次",
    "RaceView|loss {0}": "损失 {0}",
    "goal at update {0}": "第 {0} 次更新时达到目标",
    "RaceView|diverged": "已发散",
    "{0} ms/update": "每次更新 {0} 毫秒",
    "RaceView|, ": "，",
    "The race failed: {0}": "竞赛出错：{0}",
    "unknown error": "未知错误",
    "RaceView|finished": "已完成",
    "RaceView|goal reached": "已达目标",
    "RaceView|stopped": "已停止",
    # ------------------------------------------------------------ lessons panel
    "Load lesson": "载入课程",
    "LessonsPanel|Lessons": "课程",
    "{0} race mode: two or three models trained side by side on the same batches":
        "{0} 竞赛模式：两三个模型在同样的批次上并排训练",
    "Lessons could not be loaded: {0}": "无法载入课程：{0}",
    " (race mode)": "（竞赛模式）",
    "Race of {0} lanes: {1}": "{0} 条赛道竞赛：{1}",
    "Open in race mode": "在竞赛模式中打开",
    "One run: {0}": "单次运行：{0}",
    # ------------------------------------------------------------ engine/race.py messages
    "engine|{n} configurations; a race takes 1 to {most}":
        "{n} 个配置；一场竞赛只能有 1 到 {most} 条赛道",
    "engine|lane {lane} has {value!r} but lane 1 has {first!r}; racing lanes must share the "
    "task, its options, the batch size and the seed":
        "第 {lane} 条赛道是 {value!r}，而第 1 条赛道是 {first!r}；参加竞赛的赛道必须使用相同的"
        "任务、任务选项、批大小和种子",
    "engine|stopped at update {step}": "在第 {step} 次更新时停止",
    "engine|every lane diverged": "所有赛道都已发散",
    "engine|every lane reached its goal by update {step}":
        "到第 {step} 次更新时，所有赛道都已达到目标",
    "engine|finished {n} updates": "完成了 {n} 次更新",
}
