"""Simplified Chinese for the engine's messages about unreadable or hostile input (issue
#10): files that are not regular files or are too large, JSON nested too deeply, numbers too
long, unknown settings, versions, experiment members larger than their settings need and
the memory a configuration needs. File and member names and setting names stay in English,
as in engine.py.
"""

_ENGINE: dict[str, str] = {
    # ------------------------------------------- data files a saved run trained on
    "{field}: {path} has changed since this run was saved (now {size:,} bytes, then "
    "{then:,}); training goes on with the file as it is now":
        "{field}：{path} 在这次运行保存之后已被修改（现在 {size:,} 字节，当时 {then:,} 字节）；"
        "训练将使用文件现在的内容继续",
    "{reason} (likely why: {changed})": "{reason}（可能的原因：{changed}）",
    # ------------------------------------------------ allowed values (config.py)
    "1 to 20 lower-case letters a-z": "1 到 20 个小写字母 a-z",
    "text": "文本",
    "the name of a UTF-8 text file, or nothing for the bundled text":
        "一个 UTF-8 文本文件的文件名，留空则使用自带的文本",
    "{version!r} is not valid; expected a whole number from 1 to {latest}":
        "{version!r} 无效；应为 1 到 {latest} 之间的整数",
    "unknown setting {name!r} (the settings are those of --help)":
        "未知设置 {name!r}（可用的设置见 --help）",
    "unknown setting {name!r}; did you mean {close!r}?": "未知设置 {name!r}；你是指 {close!r} 吗？",
    # ------------------------------------------------ reading files (files.py)
    "file not found: {path}": "找不到文件：{path}",
    "{path} is a folder, not a file": "{path} 是文件夹，不是文件",
    "{path} is not a file name": "{path} 不是文件名",
    "{path} is not a regular file (a device, pipe or socket)":
        "{path} 不是普通文件（而是设备、管道或套接字）",
    "{path} is larger than {limit:,} bytes (the most RNN Studio reads)":
        "{path} 大于 {limit:,} 字节（RNN Studio 最多读取这么多）",
    "{path} is not UTF-8 text (byte 0x{byte:02x} at offset {offset})":
        "{path} 不是 UTF-8 文本（偏移 {offset} 处的字节 0x{byte:02x}）",
    "{path}: {reason}": "{path}：{reason}",
    "{name}: {reason}": "{name}：{reason}",
    "not valid JSON (nested too deeply)": "不是有效的 JSON（嵌套过深）",
    "not valid JSON (a number is too long or a value is not allowed)":
        "不是有效的 JSON（数字过长或含有不允许的值）",
    # ------------------------------------------------ experiment files
    "metrics.csv line {line}: not valid CSV ({reason})":
        "metrics.csv 第 {line} 行：不是有效的 CSV（{reason}）",
    "refused: member {member!r} would unpack to {size:,} bytes, more than its settings can "
    "need ({limit:,})": "已拒绝：成员 {member!r} 解压后将有 {size:,} 字节，超过其设置所能需要的"
                         "大小（{limit:,}）",
    # ------------------------------------------------ memory (memory.py)
    "needs about {need} of memory per update, more than the {have} usable here; lower batch, "
    "seq-len, hidden or layers": "每次更新约需 {need} 内存，超过本机可用的 {have}；请减小 batch、"
                                 "seq-len、hidden 或 layers",
}

_GUI: dict[str, str] = {
    # the optimizer setting's help text (config.py)
    "How gradients become weight changes. Momentum (mu = 0.9) is PyTorch's SGD form "
    "b = mu b + g, p -= lr b; RMSprop uses rho = 0.9 (PyTorch's default is 0.99).":
        "梯度如何变成权重的改变量。动量法（mu = 0.9）采用 PyTorch 的 SGD 形式 b = mu b + g, "
        "p -= lr b；RMSprop 使用 rho = 0.9（PyTorch 的默认值为 0.99）。",
}

TRANSLATIONS: dict[str, str] = {**{f"engine|{k}": v for k, v in _ENGINE.items()}, **_GUI}
