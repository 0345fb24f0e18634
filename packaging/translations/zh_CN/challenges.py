"""Simplified Chinese for challenges and the gallery of failures: the engine's messages
(context "engine", rnnstudio/engine/challenges.py: refused challenge files and the
checker's reasons), the Challenges panel (gui/teach/challenges_panel.py) and the
memory-horizon view (gui/teach/horizon.py). Keys in quotes ('require', 'check') and
setting names stay in English: they are what the user finds in the file.
"""

_ENGINE: dict[str, str] = {
    # ------------------------------------------------ challenge files
    "{where}: require[{i}]": "{where}：条件 require[{i}]",
    "{where}: '{key}' has the wrong type ({actual})": "{where}：'{key}' 的类型不对（{actual}）",
    "{where}: '{key}' must not be empty": "{where}：'{key}' 不能为空",
    "{where}: must be an object with 'check'": "{where}：必须是带有 'check' 的对象",
    "{where}: 'check' is {value!r}; expected one of {allowed}":
        "{where}：'check' 为 {value!r}；应为 {allowed} 之一",
    "{where}: unknown key {key!r}; '{check}' takes {allowed}":
        "{where}：未知的键 {key!r}；'{check}' 接受 {allowed}",
    "{where}: '{check}' needs one of {allowed}": "{where}：'{check}' 需要 {allowed} 之一",
    "{where}: 'why' must be text": "{where}：'why' 必须是文字",
    "{where}: unknown key {key!r}; known keys: {known}":
        "{where}：未知的键 {key!r}；已知的键：{known}",
    "{where}: 'kind' is {value!r}; expected one of {allowed}":
        "{where}：'kind' 为 {value!r}；应为 {allowed} 之一",
    "{where}: 'order' must be an integer": "{where}：'order' 必须是整数",
    "{where}: 'max_updates' must be a positive integer": "{where}：'max_updates' 必须是正整数",
    "{where}: 'require' must hold at least one condition": "{where}：'require' 至少要有一个条件",
    "{where}: 'solution' must be an object of settings": "{where}：'solution' 必须是设置组成的对象",
    "{where}: 'seeds' must be a list of seeds (integers ≥ 0)":
        "{where}：'seeds' 必须是种子列表（≥ 0 的整数）",
    "{where}: 'require_why' must hold {n} sentences (or null), one per condition":
        "{where}：'require_why' 必须有 {n} 句话（或 null），每个条件一句",
    "{where}: 'field' {value!r} is not a setting": "{where}：'field' {value!r} 不是一个设置",
    "{where}: 'field' belongs to a 'setting' check": "{where}：'field' 只用于 'setting' 检查",
    "{where}: config: {reason}": "{where}：起始设置 config：{reason}",
    "{where}: solution: {reason}": "{where}：解答 solution：{reason}",
    "{where}: cannot read: {reason}": "{where}：无法读取：{reason}",
    "{where}: 'one_of' must be a non-empty list": "{where}：'one_of' 必须是非空列表",
    "{where}: '{key}' must be a number": "{where}：'{key}' 必须是数",
    "{where}: 'name' belongs to a 'metric' check": "{where}：'name' 只用于 'metric' 检查",
    "challenge: {name!r} is not a challenge; expected one of {ids}":
        "challenge：{name!r} 不是一个挑战；应为 {ids} 之一",
    # ------------------------------------------------ the checker's reasons
    "{first}{rest}": "{first}{rest}",
    "{reason} {why}": "{reason}{why}",
    "{updates} updates, held-out {name} {value}{diverged}.":
        "{updates} 次更新，留出集 {name} 为 {value}{diverged}。",
    ", diverged": "，已发散",
    "Your run used {used} updates; the challenge allows at most {limit}.":
        "你的运行用了 {used} 次更新；这个挑战最多允许 {limit} 次。",
    "Your run has no updates yet: train it first.": "你的运行还没有任何更新：请先训练。",
    "Your run trains the {task} task; this challenge is about {want}: load the challenge first.":
        "你的运行训练的是 {task} 任务；这个挑战针对的是 {want}：请先载入这个挑战。",
    "{what}: your run has no finite value.": "{what}：你的运行没有有限的值。",
    "The held-out {name}": "留出集上的 {name}",
    "{what} was {value}; the goal is at least {limit}.": "{what}为 {value}；目标是至少 {limit}。",
    "{what} was {value}; the goal is at most {limit}.": "{what}为 {value}；目标是至多 {limit}。",
    "Setting {field} is {value!r}; the challenge needs {want!r}.":
        "设置 {field} 为 {value!r}；这个挑战要求 {want!r}。",
    "Setting {field} is {value!r}; the challenge allows {want}.":
        "设置 {field} 为 {value!r}；这个挑战允许 {want}。",
    "The learning rate": "学习率",
    "The number of updates": "更新次数",
    "The setting {field}": "设置 {field}",
    "Your run diverged at update {step} (the largest finite gradient norm was {peak}): the loss "
    "or the gradients became NaN or infinite.":
        "你的运行在第 {step} 次更新时发散了（最大的有限梯度范数为 {peak}）：损失或梯度变成了 NaN "
        "或无穷大。",
    "The largest gradient norm before clipping": "裁剪前的最大梯度范数",
    "The largest gradient norm applied": "实际施加的最大梯度范数",
    "The last training loss": "最后的训练损失",
    # ------------------------------------------------ memory-horizon sweep (sweep.py)
    "{value!r}: expected distinct cells from {choices}":
        "{value!r}：应为 {choices} 中互不相同的单元",
    "{value!r}: expected distinct integers from {lo} to {hi}":
        "{value!r}：应为 {lo} 到 {hi} 之间互不相同的整数",
}

_GUI: dict[str, str] = {
    # ------------------------------------------------ settings: the new initialiser
    "settings|Starting weights: uniform(-1, 1) as in Trask's adder, Glorot (scaled to the "
    "layer's size), orthogonal recurrent weights, or all zeros (a broken start: every hidden "
    "unit stays the same).":
        "初始权重：像 Trask 的加法器那样在 (-1, 1) 中均匀分布、Glorot（按层的大小缩放）、正交的循环"
        "权重，或者全为零（一个坏的开始：每个隐藏单元始终一模一样）。",
    # ------------------------------------------------ the Challenges panel
    "Teaching|Challenges": "挑战",
    "settings|All zeros (broken)": "全零（坏的开始）",
    "ChallengesPanel|Challenges": "挑战",
    "Challenge “{0}” loaded: press Train (Space), then Check my run.":
        "挑战“{0}”已载入：按“训练”（空格键），然后按“检查我的运行”。",
    "Gallery of failures": "失败案例集",
    "ChallengesPanel|Open file…": "打开文件…",
    "Add a challenge file (JSON) an instructor handed out": "添加教师发给你的挑战文件（JSON）",
    "Load challenge": "载入挑战",
    "Load the fix": "载入修正",
    "Load the broken set-up": "载入出错的设置",
    "Check my run": "检查我的运行",
    "Check the current run (its settings and history) against this challenge":
        "用这个挑战检查当前的运行（它的设置和历史）",
    "Challenges could not be loaded: {0}": "无法载入挑战：{0}",
    "There is no run to check yet: load the challenge and train it.":
        "还没有可以检查的运行：请载入挑战并训练它。",
    "{0} Passed: {1}": "{0} 通过：{1}",
    "Not passed yet: {0}": "尚未通过：{0}",
    "Open a challenge": "打开挑战",
    "Challenges (*.json)": "挑战 (*.json)",
    "{0} of {1} challenges passed": "已通过 {0} / {1} 个挑战",
    "At most {0} updates. Load it, train it (Space), then press Check my run.":
        "最多 {0} 次更新。载入它，训练它（空格键），然后按“检查我的运行”。",
    "What goes wrong": "出了什么问题",
    "ChallengesPanel|Why": "原因",
    "The fix to try": "可以尝试的修正",
    "What to look at": "要观察什么",
    "ChallengesPanel|Hint": "提示",
    "Starting settings": "起始设置",
    "{0} You passed this one.": "{0} 你已通过这一项。",
    # ------------------------------------------------ the memory-horizon view
    "Teaching|Memory horizon": "记忆跨度",
    "Recall: the delay is the number of steps between the symbol and its recall. Adding "
    "problem: the delay is the sequence length.":
        "回忆任务：延迟是符号出现到回忆之间的步数。加法问题：延迟是序列长度。",
    "Delays to train at, separated by commas": "要训练的延迟，用逗号分隔",
    "Updates for every cell at every delay: the same budget and the same batches for all":
        "每种单元在每个延迟上的更新次数：所有运行的预算和批次都相同",
    "Run sweep": "开始扫描",
    "HorizonView|Cancel": "取消",
    "HorizonView|Export…": "导出…",
    "Save the plot (PNG, SVG) or the results (CSV)": "保存图（PNG、SVG）或结果（CSV）",
    "Choose cells and delays, then Run sweep.": "选择单元和延迟，然后按“开始扫描”。",
    "HorizonView|Cells": "单元",
    "HorizonView|Delays": "延迟",
    "Updates per run": "每次运行的更新次数",
    "HorizonView|chance": "瞎猜",
    "expected whole numbers separated by commas": "应为用逗号分隔的整数",
    "delay (steps, log scale)": "延迟（步数，对数坐标）",
    "sequence length T (log scale)": "序列长度 T（对数坐标）",
    "held-out accuracy": "留出集准确率",
    "Memory horizon: where each cell's memory gives out": "记忆跨度：每种单元的记忆在哪里失效",
    "Not started: {0}": "未开始：{0}",
    "Shown from the cache: these settings were swept before.": "来自缓存：这些设置以前扫描过。",
    "Training {0} runs of {1} updates…": "正在训练 {0} 次运行，每次 {1} 次更新…",
    "Training {0} at delay {1} ({2} of {3} updates)…":
        "正在训练 {0}，延迟 {1}（已完成 {2} / {3} 次更新）…",
    "The sweep stopped with an error: {0}": "扫描因错误而停止：{0}",
    "Cancelled: {0} runs finished.": "已取消：完成了 {0} 次运行。",
    "Done: {0} runs in {1:.1f} s.": "完成：{0} 次运行，用时 {1:.1f} 秒。",
    "Export the memory horizon": "导出记忆跨度",
    "PNG image (*.png);;SVG image (*.svg);;CSV table (*.csv)":
        "PNG 图像 (*.png);;SVG 图像 (*.svg);;CSV 表格 (*.csv)",
    "HorizonView|Could not export {0}: {1}": "无法导出 {0}：{1}",
    "{0}: expected a file name ending in .png, .svg or .csv":
        "{0}：文件名应以 .png、.svg 或 .csv 结尾",
}

TRANSLATIONS: dict[str, str] = {**{f"engine|{k}": v for k, v in _ENGINE.items()}, **_GUI}
