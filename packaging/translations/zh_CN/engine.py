"""Simplified Chinese for the engine's messages (context "engine"): refused settings,
refused experiment and weights files, and how a run ended. Sources are the templates
passed to ``rnnstudio.engine.text.msg()``; every ``{field}`` (with its ``!r`` or format
spec) stays exactly as it is. File and member names (state.json, weights.npz), setting
names inside a file (hidden, lr) and keys in quotes are left in English: they are what
the user finds in the file.
"""

_ENGINE: dict[str, str] = {
    # ------------------------------------------------ allowed values (config.py)
    "one of {choices}": "{choices} 之一",
    "an integer from {lo} to {hi}": "{lo} 到 {hi} 之间的整数",
    "a number from {lo} to {hi}": "{lo} 到 {hi} 之间的数",
    "an integer": "整数",
    "a number": "数",
    # ------------------------------------------------ refused settings
    "{value!r} is out of range; expected {allowed}": "{value!r} 超出范围；应为 {allowed}",
    "{value!r} is not valid; expected {allowed}": "{value!r} 无效；应为 {allowed}",
    "{value!r} is not allowed; expected {allowed}": "不允许 {value!r}；应为 {allowed}",
    "{value!r} is not a finite number; expected {allowed}":
        "{value!r} 不是有限的数；应为 {allowed}",
    "{value!r} is not allowed; expected 1 to 20 lower-case letters a-z":
        "不允许 {value!r}；应为 1 到 20 个小写字母 a-z",
    "a value is required: {allowed}": "必须填写一个值，应为 {allowed}",
    "unknown setting; known settings: {known}": "未知的设置；可用的设置有：{known}",
    "must be a JSON object of settings": "必须是一个由各项设置组成的 JSON 对象",
    "{version!r} is newer than this RNN Studio understands (≤ {latest})":
        "{version!r} 比此版本的 RNN Studio 能读取的更新（最多 {latest}）",
    "not valid JSON ({error} at line {line})": "不是有效的 JSON（第 {line} 行：{error}）",
    "cannot read {path}: {reason}": "无法读取 {path}：{reason}",
    "{field}: {reason}": "{field}：{reason}",
    # ------------------------------------------------ task options (tasks/*.py)
    "the bundled corpus is missing ({reason}); choose a UTF-8 text file instead":
        "找不到自带的语料（{reason}）；请改选一个 UTF-8 文本文件",
    "file not found: {path}; choose an existing UTF-8 text file (or leave empty for the "
    "bundled Shakespeare)":
        "找不到文件：{path}；请选择一个存在的 UTF-8 文本文件（留空则使用自带的莎士比亚文本）",
    "{path} is a folder; choose a UTF-8 text file":
        "{path} 是一个文件夹；请选择一个 UTF-8 文本文件",
    "{path} is {size:.0f} MB; the limit is {limit} MB of text":
        "{path} 有 {size:.0f} MB；文本最多只能有 {limit} MB",
    "{path} is not UTF-8 text (byte 0x{byte:02x} at offset {offset}); save it with UTF-8 "
    "encoding":
        "{path} 不是 UTF-8 文本（偏移 {offset} 处的字节为 0x{byte:02x}）；请用 UTF-8 编码保存它",
    "{path} is empty; choose a file with some text in it": "{path} 是空的；请选择一个有文字的文件",
    "{name} has {n} characters; with sequence length {seq_len} it needs at least {need} (the "
    "last 10 % is held out)":
        "{name} 只有 {n} 个字符；序列长度为 {seq_len} 时至少需要 {need} 个"
        "（最后 10 % 留作留出集）",
    "{seq_len} is too short for the word {word!r}: use at least {need} steps":
        "{seq_len} 对单词 {word!r} 来说太短：至少要 {need} 步",
    # ------------------------------------------------ how a run ended (trainer.py)
    "stopped at step {step}": "在第 {step} 步停止",
    "diverged at step {step}: the loss or gradients became NaN/Inf. The last finite weights "
    "are kept. Try a lower learning rate (now {lr:g}) or gradient clipping.":
        "在第 {step} 步发散：损失或梯度变成了 NaN/Inf。已保留最后一组有限的权重。"
        "可以试试更低的学习率（当前为 {lr:g}）或梯度裁剪。",
    "{name} reached {value:.4g} at step {step}": "{name} 在第 {step} 步达到 {value:.4g}",
    "finished {n} updates": "完成了 {n} 次更新",
    # ------------------------------------------------ saved training state (trainer.py)
    "state: must be a mapping": "state：必须是一个映射",
    "state: '{key}' must be {what}": "state：'{key}' 必须是{what}",
    "state: '{key}' must be finite": "state：'{key}' 必须是有限的数",
    "state: 'step' must not be negative": "state：'step' 不能为负",
    "state: 'lr' must be positive": "state：'lr' 必须为正",
    "state: 'last_metrics' must map metric names to numbers":
        "state：'last_metrics' 必须把指标名映射到数值",
    "state: '{key}' is not a random generator state ({reason})":
        "state：'{key}' 不是随机数生成器的状态（{reason}）",
    "optimizer state: 't' (updates taken) is missing or not an integer":
        "优化器状态：'t'（已做的更新次数）缺失或不是整数",
    "optimizer state: 't' must not be negative": "优化器状态：'t' 不能为负",
    "optimizer state: '{key}' missing or of the wrong shape (expected {n} numbers for "
    "{optimizer})":
        "优化器状态：'{key}' 缺失或形状不对（{optimizer} 需要 {n} 个数）",
    "optimizer state: '{key}' contains NaN or infinite values":
        "优化器状态：'{key}' 含有 NaN 或无穷大的值",
    # ------------------------------------------------ weights (interop.py)
    "outputs": "输出数",
    "hidden": "隐藏单元数",
    "gates*hidden": "门数*隐藏单元数",
    "gates*hidden, inputs": "门数*隐藏单元数, 输入数",
    "gates*hidden, hidden": "门数*隐藏单元数, 隐藏单元数",
    "outputs, hidden": "输出数, 隐藏单元数",
    "weights: '{key}' is not valid JSON": "权重：'{key}' 不是有效的 JSON",
    "weights: '{key}' must be a JSON object": "权重：'{key}' 必须是一个 JSON 对象",
    "weights: '{key}' format is {found!r}, expected {format!r}":
        "权重：'{key}' 的格式是 {found!r}，应为 {format!r}",
    "weights: file version {version!r} is newer than this RNN Studio reads (<= {latest})":
        "权重：文件版本 {version!r} 比此版本的 RNN Studio 能读取的更新（最多 {latest}）",
    "weights: saved for {name} = {saved!r}, but this network has {name} = {ours!r}":
        "权重：保存时 {name} = {saved!r}，但这个网络的 {name} = {ours!r}",
    "weights: unexpected key '{key}'": "权重：意外的键 '{key}'",
    "weights: unexpected key '{key}' (a peephole LSTM's weights; this network's cell is "
    "{cell!r})":
        "权重：意外的键 '{key}'（这是窥孔 LSTM 的权重；这个网络的单元是 {cell!r}）",
    "weights: unexpected key '{key}' (bidirectional layers are not supported)":
        "权重：意外的键 '{key}'（不支持双向层）",
    "weights: unexpected key '{key}' (this network has {layers} layer(s))":
        "权重：意外的键 '{key}'（这个网络有 {layers} 层）",
    "weights: missing '{key}' (expected shape {shape}: {role})":
        "权重：缺少 '{key}'（应有形状 {shape}：{role}）",
    "weights: '{key}' is not an array of numbers ({reason})":
        "权重：'{key}' 不是数值数组（{reason}）",
    "weights: '{key}' has shape {shape}, expected {want} ({role})":
        "权重：'{key}' 的形状是 {shape}，应为 {want}（{role}）",
    "weights: '{key}' contains NaN or infinite values": "权重：'{key}' 含有 NaN 或无穷大的值",
    "weights: cannot import {names} for cell {cell!r}": "权重：无法为单元 {cell!r} 导入 {names}",
    "weights file {path}: '{key}' is not a NumPy array ({reason})":
        "权重文件 {path}：'{key}' 不是 NumPy 数组（{reason}）",
    "weights file {path}: '{key}' has data type {dtype}; expected numbers (objects and "
    "pickles are refused)":
        "权重文件 {path}：'{key}' 的数据类型是 {dtype}；应为数值（对象和 pickle 一律拒绝）",
    "weights file {path}: '{key}' has shape {shape}; expected at most 2 dimensions of at "
    "most {most}":
        "权重文件 {path}：'{key}' 的形状是 {shape}；最多允许 2 个维度，每维最多 {most}",
    "weights file {path}: '{key}' has {size} values; at most {most} allowed":
        "权重文件 {path}：'{key}' 有 {size} 个值；最多允许 {most} 个",
    "weights file {path}: {n} arrays; at most {most} allowed":
        "权重文件 {path}：有 {n} 个数组；最多允许 {most} 个",
    "weights file {path}: unexpected member '{member}' (not a .npy array)":
        "权重文件 {path}：意外的成员 '{member}'（不是 .npy 数组）",
    "weights file {path}: {total} values in all; at most {most} allowed":
        "权重文件 {path}：共有 {total} 个值；最多允许 {most} 个",
    "weights file {path}: not an .npz file": "权重文件 {path}：不是 .npz 文件",
    "weights file {path}: cannot read ({reason})": "权重文件 {path}：无法读取（{reason}）",
    # ------------------------------------------------ experiment files (experiment.py)
    "Cannot open {name}: {reason}": "无法打开 {name}：{reason}",
    "Could not save {path}: {reason}": "无法保存 {path}：{reason}",
    "{name} would be {size:,} bytes, more than the {limit:,} an experiment file may hold":
        "{name} 将有 {size:,} 字节，超过了实验文件允许的 {limit:,} 字节",
    "the file is larger than any experiment RNN Studio writes":
        "这个文件比 RNN Studio 写出的任何实验文件都大",
    "it is not an RNN Studio experiment file (not a zip archive)":
        "这不是 RNN Studio 实验文件（不是 zip 压缩包）",
    "the file is damaged or incomplete (not a readable zip archive)":
        "文件已损坏或不完整（不是可读取的 zip 压缩包）",
    "the file is damaged or incomplete ({member}: {reason})":
        "文件已损坏或不完整（{member}：{reason}）",
    "the file is damaged ({member} is shorter than it declares)":
        "文件已损坏（{member} 比它声明的长度短）",
    "the file is incomplete: {members} is missing": "文件不完整：缺少 {members}",
    "the archive has {n} members; an experiment has {want}":
        "压缩包里有 {n} 个成员；实验文件只有 {want} 个",
    "an empty name": "空的名称",
    "an absolute path": "绝对路径",
    "a path that leaves its folder ('..')": "跳出所在文件夹的路径（'..'）",
    "a folder": "文件夹",
    "refused: member {member!r} has {problem}": "已拒绝：成员 {member!r} 含有{problem}",
    "refused: unexpected member {member!r} (an experiment holds only {members})":
        "已拒绝：意外的成员 {member!r}（实验文件只包含 {members}）",
    "refused: member {member!r} appears twice": "已拒绝：成员 {member!r} 出现了两次",
    "refused: member {member!r} is encrypted": "已拒绝：成员 {member!r} 已加密",
    "refused: member {member!r} uses an unsupported compression":
        "已拒绝：成员 {member!r} 使用了不支持的压缩方式",
    "refused: member {member!r} would unpack to {size:,} bytes (at most {limit:,} allowed)":
        "已拒绝：成员 {member!r} 解压后有 {size:,} 字节（最多允许 {limit:,} 字节）",
    "refused: member {member!r} is compressed {ratio:,} to 1, far beyond real data (a zip "
    "bomb?)":
        "已拒绝：成员 {member!r} 的压缩比是 {ratio:,} 比 1，远超真实数据（是 zip 炸弹吗？）",
    "refused: the members would unpack to {size:,} bytes":
        "已拒绝：所有成员解压后共有 {size:,} 字节",
    "refused: member {member!r} unpacks to more than it declares":
        "已拒绝：成员 {member!r} 解压后比它声明的大",
    "{name} is not valid JSON": "{name} 不是有效的 JSON",
    "state.json must be a JSON object": "state.json 必须是一个 JSON 对象",
    "this is not an RNN Studio experiment (state.json format is {found!r}, expected "
    "{format!r})":
        "这不是 RNN Studio 实验（state.json 的格式是 {found!r}，应为 {format!r}）",
    "state.json: version {version!r} is not valid": "state.json：版本 {version!r} 无效",
    "it was saved by a newer RNN Studio (file format version {version}; this version reads "
    "up to {latest}). Please update RNN Studio to open it.":
        "它是由更新版本的 RNN Studio 保存的（文件格式版本 {version}；此版本最多能读取 "
        "{latest}）。请更新 RNN Studio 后再打开。",
    "config.json is not UTF-8 text": "config.json 不是 UTF-8 文本",
    "config.json: {reason}": "config.json：{reason}",
    "config.json: the corpus {corpus!r} cannot be read on this computer ({reason})":
        "config.json：在这台电脑上无法读取语料 {corpus!r}（{reason}）",
    "state.json has no 'trainer' section": "state.json 里没有 'trainer' 部分",
    "state.json: 'ui' must be an object": "state.json：'ui' 必须是一个对象",
    "state.json: 'hidden_controls' must be a list of setting names":
        "state.json：'hidden_controls' 必须是由设置名组成的列表",
    "metrics.csv or notes.md is not UTF-8 text": "metrics.csv 或 notes.md 不是 UTF-8 文本",
    "{where} does not fit this experiment's settings: {reason}":
        "{where} 与这个实验的设置不符：{reason}",
    "{name} is damaged (not an .npz archive)": "{name} 已损坏（不是 .npz 压缩包）",
    "refused: {name} holds {n} arrays": "已拒绝：{name} 含有 {n} 个数组",
    "refused: {name} has an unexpected member {member!r}":
        "已拒绝：{name} 含有意外的成员 {member!r}",
    "refused: {name}: '{key}' declares {size:,} bytes":
        "已拒绝：{name}：'{key}' 声明有 {size:,} 字节",
    "refused: {name}: '{key}' has data type {dtype} (only numbers are allowed; pickled "
    "objects are refused)":
        "已拒绝：{name}：'{key}' 的数据类型是 {dtype}（只允许数值；pickle 对象一律拒绝）",
    "refused: {name}: '{key}' has shape {shape}": "已拒绝：{name}：'{key}' 的形状是 {shape}",
    "refused: {name}: '{key}' has {n:,} values": "已拒绝：{name}：'{key}' 有 {n:,} 个值",
    "{name}: '{key}' is truncated": "{name}：'{key}' 被截断了",
    "{name}: '{key}' is not a readable array ({reason})":
        "{name}：'{key}' 不是可读取的数组（{reason}）",
    "metrics.csv: empty (expected a header line)": "metrics.csv：是空的（应有一行表头）",
    "metrics.csv: header must start with {columns}": "metrics.csv：表头必须以 {columns} 开头",
    "metrics.csv: metric columns must have distinct names": "metrics.csv：各指标列的名称必须不同",
    "metrics.csv line {line}: {n} values, expected {want}":
        "metrics.csv 第 {line} 行：有 {n} 个值，应为 {want} 个",
    "metrics.csv line {line}: not a number": "metrics.csv 第 {line} 行：不是数",
    "metrics.csv line {line}: steps must increase": "metrics.csv 第 {line} 行：步数必须递增",
    "metrics.csv line {line}: loss, gradient norms and lr must be all given or all empty":
        "metrics.csv 第 {line} 行：loss、梯度范数和 lr 必须全部给出或全部留空",
    # the held-out example under the recall / adding / forecast plots (monospace: a Chinese
    # character is two columns wide, so the labels keep the English column widths)
    "in   {cue}\nnet  {net}\ntrue {true}\nrecalled {right} of {n} after {delay} "
    "noisy steps (p(true) {conf})":
        "输入 {cue}\n网络 {net}\n真值 {true}\n经过 {delay} 步带噪声的间隔，"
        "回忆对了 {n} 个中的 {right} 个（真值的概率 {conf}）",
    "marked steps {a} and {b} of {T}\n{va:.3f} + {vb:.3f} = {true:.3f}\n"
    "net {net:.3f} (error {err:+.3f}) {mark}":
        "{T} 步中标记的是第 {a} 步和第 {b} 步\n{va:.3f} + {vb:.3f} = {true:.3f}\n"
        "网络 {net:.3f}（误差 {err:+.3f}）{mark}",
    "sine, period {period:.1f} steps": "正弦波，周期 {period:.1f} 步",
    "{what}, noise {noise:g}\n step   input    net   true\n{rows}\n"
    "MSE {mse:.4f} vs repeat-last {naive:.4f}":
        "{what}，噪声 {noise:g}\n   步    输入   网络   真值\n{rows}\n"
        "均方误差 {mse:.4f}，对比“重复上一个值” {naive:.4f}",
}

# GUI strings of this area (controller.py), in their own contexts.
_GUI: dict[str, str] = {
    "Controller|The engine stopped with an error; press Reset.\n{0}":
        "引擎出错停止了；请按“重置”。\n{0}",
    "Controller|{0} is not available in this build ({1})": "此版本中没有 {0}（{1}）",
    "Controller|cannot read {0}: {1}": "无法读取 {0}：{1}",
}

TRANSLATIONS: dict[str, str] = {**{f"engine|{k}": v for k, v in _ENGINE.items()}, **_GUI}
