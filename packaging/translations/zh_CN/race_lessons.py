"""Simplified Chinese: race mode (gui/teach/race.py), the lessons panel
(gui/teach/lessons_panel.py), the race engine's run messages and lane labels (engine/race.py)
and the errors of broken lesson files (engine/lessons.py).

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
    # ------------------------------------------------------------ engine/race.py lane labels
    # "Elman (clip norm 1)", "Elman (hidden 8, lr 0.1)": a setting is named by its field in
    # English and by its label (as in the settings panel) in Chinese; values stay as they are.
    "engine|{cell} ({diffs})": "{cell}（{diffs}）",
    "engine|{first}, {second}": "{first}，{second}",
    "engine|{label} #{n}": "{label} #{n}",
    "engine|{label} {value}": "{label} {value}",
    "engine|no clipping": "不裁剪",
    "engine|clip {mode} {value}": "{mode}裁剪 {value}",
    "engine|norm": "按范数",
    "engine|value": "按数值",
    "engine|Peephole LSTM": "窥孔 LSTM",
    # ("hidden" is translated with the engine's messages: 隐藏单元数)
    "engine|layers": "层数",
    "engine|activation": "激活函数",
    "engine|init": "初始化",
    "engine|recurrent_scale": "循环权重缩放",
    "engine|forget_bias": "遗忘门偏置",
    "engine|bit_loss": "比特损失",
    "engine|task": "任务",
    "engine|bits": "位数",
    "engine|word": "目标单词",
    "engine|corpus": "语料",
    "engine|delay": "延迟 k",
    "engine|seq_len": "序列长度",
    "engine|series": "序列类型",
    "engine|noise": "噪声",
    "engine|optimizer": "优化器",
    "engine|lr": "学习率",
    "engine|batch": "批大小",
    "engine|truncate": "截断 BPTT",
    "engine|dtype": "精度",
    "engine|seed": "种子",
    # ------------------------------------------------------------ engine/lessons.py errors
    # A lesson file's keys ('look_for', 'claim', 'kind'...), claim kinds (carry_unit),
    # task names (charlm), setting names and values in quotes stay as written in the file.
    "engine|{name}: lane {lane}": "{name}：第 {lane} 条赛道",
    "engine|{where}: {field}: {reason}": "{where}：{field}：{reason}",
    "engine|{where}: '{key}' is missing": "{where}：缺少 '{key}'",
    "engine|{where}: '{key}' must be an integer": "{where}：'{key}' 必须是整数",
    "engine|{where}: '{key}' must be {kind}, not {actual}":
        "{where}：'{key}' 必须是{kind}，而不是{actual}",
    "engine|str": "字符串",
    "engine|int": "整数",
    "engine|float": "小数",
    "engine|bool": "布尔值",
    "engine|list": "列表",
    "engine|dict": "对象",
    "engine|NoneType": "空值",
    "engine|{where}: claim kind {kind!r}; expected one of {kinds}":
        "{where}：'claim' 的种类 {kind!r} 无效；应为 {kinds} 之一",
    "engine|{where}: claim 'updates' must be a positive integer":
        "{where}：'claim' 中的 'updates' 必须是正整数",
    "engine|{where}: claim expect entry {entry!r} needs 'lane' from 0 to {last}":
        "{where}：'claim' 的 'expect' 条目 {entry!r} 需要一个 0 到 {last} 之间的 'lane'",
    "engine|{where}: claim '{key}' must be a lane number from 0 to {last}":
        "{where}：'claim' 中的 '{key}' 必须是 0 到 {last} 之间的赛道编号",
    "engine|{where}: a carry_unit claim needs the addition task":
        "{where}：carry_unit 类型的 'claim' 需要二进制加法任务（addition）",
    "engine|{where}: a saturation claim needs a cell with a forget gate and a cell state":
        "{where}：saturation 类型的 'claim' 需要一个带遗忘门和细胞状态的单元（LSTM 或窥孔 LSTM）",
    "engine|{where}: a temperature claim needs the charlm task":
        "{where}：temperature 类型的 'claim' 需要字符级语言模型任务（charlm）",
    "engine|{where}: a clipping claim needs 'unclipped' and 'clipped' lanes":
        "{where}：clipping 类型的 'claim' 需要指定 'unclipped' 和 'clipped' 两条赛道",
    "engine|{where}: the clipped lane must use clip_mode 'norm'":
        "{where}：裁剪的那条赛道必须使用 clip_mode 'norm'",
    "engine|{where}: the unclipped lane must use clip_mode 'none'":
        "{where}：不裁剪的那条赛道必须使用 clip_mode 'none'",
    "engine|{where}: must be a JSON object": "{where}：必须是一个 JSON 对象",
    "engine|{where}: 'look_for' must be a non-empty list of sentences":
        "{where}：'look_for' 必须是一个非空的句子列表",
    "engine|{where}: 'lanes' must hold 1 to 3 lanes, not {n}":
        "{where}：'lanes' 必须包含 1 到 3 条赛道，而不是 {n} 条",
    "engine|{where}: must be an object with 'label' and 'config'":
        "{where}：必须是一个包含 'label' 和 'config' 的对象",
    "engine|{where}: the claim needs a 'kind' and a 'text'":
        "{where}：'claim' 需要 'kind' 和 'text' 两项",
    "engine|{where}: 'order' must be an integer": "{where}：'order' 必须是整数",
    "engine|{where}: the explanation (.md) is empty": "{where}：讲解文件（.md）是空的",
    "engine|{where}: cannot read the lesson: {reason}": "{where}：无法读取这个课程：{reason}",
    "engine|{where}: cannot read the translation: {reason}": "{where}：无法读取译文：{reason}",
    "engine|{where}: not valid JSON ({error} at line {line})":
        "{where}：不是有效的 JSON（第 {line} 行：{error}）",
    "engine|{where}: 'id' is {id!r} but must match the file name":
        "{where}：'id' 是 {id!r}，但它必须与文件名一致",
    "engine|{where}: 'id' is {id!r} but the lesson is {lesson!r}":
        "{where}：'id' 是 {id!r}，但对应的课程是 {lesson!r}",
    "engine|{where}: 'look_for' must hold {n} sentences, like the English lesson":
        "{where}：'look_for' 必须和英文课程一样包含 {n} 句话",
    "engine|{where}: 'lane_labels' must hold {n} names, one per lane":
        "{where}：'lane_labels' 必须包含 {n} 个名称，每条赛道一个",
}
