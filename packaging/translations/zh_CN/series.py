"""Simplified Chinese for time series from your own CSV file (issue #16 part 1a): the
Data file and Column settings, the reader's and the forecast task's messages, the data
preview in the Task panel."""

TRANSLATIONS: dict[str, str] = {
    # settings
    "Data file": "数据文件",
    "A CSV file of your own (comma, tab or semicolon separated; a header line and a date "
    "column are optional); empty uses the built-in generated data.":
        "你自己的 CSV 文件（以逗号、制表符或分号分隔；表头行和日期列可有可无）；"
        "留空则使用内置的生成数据。",
    "Column": "列",
    "Which column of the data file to forecast, counting numeric columns from 1 (a date or "
    "year column is skipped).":
        "要预测数据文件中的哪一列，按数值列从 1 开始数（日期列或年份列会被跳过）。",
    # the Data file field and its preview
    "built-in data": "内置数据",
    "Choose a CSV file": "选择一个 CSV 文件",
    "Choose a data file": "选择数据文件",
    "Tables (*.csv *.tsv *.txt);;All files (*)": "表格 (*.csv *.tsv *.txt);;所有文件 (*)",
    "a CSV file, or empty": "一个 CSV 文件，或留空",
    "DataPreview|comma": "逗号",
    "DataPreview|tab": "制表符",
    "DataPreview|semicolon": "分号",
    "DataPreview|time": "时间",
    "DataPreview|number": "数字",
    "DataPreview|text": "文本",
    "DataPreview|row": "行",
    "DataPreview|{0}: {1} rows, {2} columns ({3} separated)": "{0}：{1} 行，{2} 列（{3}分隔）",
    "DataPreview|training: {0} to {1} ({2} values)": "训练：{0} 至 {1}（{2} 个值）",
    "DataPreview|held out: {0} to {1} ({2} values), never trained on":
        "留出：{0} 至 {1}（{2} 个值），从不用于训练",
    # the engine's messages
    "engine|data": "数据",
    "engine|column": "列",
    "engine|the name of a CSV file, or nothing for the built-in data":
        "一个 CSV 文件的名称，或留空以使用内置数据",
    "engine|no data file given": "没有给出数据文件",
    "engine|{path} is empty; choose a CSV file with a column of numbers":
        "{path} 是空的；请选择一个含有一列数字的 CSV 文件",
    "engine|{path} has more than {limit:,} rows (the most RNN Studio reads)":
        "{path} 超过 {limit:,} 行（RNN Studio 最多读取这么多）",
    "engine|{path} has {n:,} columns; at most {limit:,} are read":
        "{path} 有 {n:,} 列；最多读取 {limit:,} 列",
    "engine|line {line} has {n} values, expected {width}":
        "第 {line} 行有 {n} 个值，应为 {width} 个",
    "engine|{path} has a header but no rows of data": "{path} 只有表头，没有数据行",
    "engine|{first}; {next}": "{first}；{next}",
    "engine|{first}; and {n} more": "{first}；另有 {n} 处",
    "engine|{path}: {problems}": "{path}：{problems}",
    "engine|{path} has no column of numbers": "{path} 中没有数字列",
    "engine|{column} is out of range; the file has 1 numeric column: {names}":
        "{column} 超出范围；该文件只有 1 个数值列：{names}",
    "engine|{column} is out of range; the file has {n} numeric columns: {names}":
        "{column} 超出范围；该文件有 {n} 个数值列：{names}",
    "engine|line {line}: {value!r} is not a number": "第 {line} 行：{value!r} 不是数字",
    "engine|line {line}: the value is missing": "第 {line} 行：缺少数值",
    "engine|column {column} ({name}): {problems}": "第 {column} 列（{name}）：{problems}",
    "engine|{path} has {n} rows; with sequence length {seq_len} it needs at least {need} (the "
    "last 20 % is held out)":
        "{path} 有 {n} 行；序列长度为 {seq_len} 时至少需要 {need} 行（最后 20 % 留出）",
    "engine|column {column} ({name}) does not change before the held-out part; there is "
    "nothing to forecast":
        "第 {column} 列（{name}）在留出部分之前没有变化；没有什么可预测的",
    "engine|{name}, in its own units\n      when   previous    network       true\n{rows}\n"
    "MSE {mse:.4g} vs repeat-last {naive:.4g}":
        "{name}，原始单位\n      时间       上一个         网络         真值\n{rows}\n"
        "均方误差 {mse:.4g}，重复上一个值为 {naive:.4g}",
    "CorpusPreview|{0}: {1} characters, {2} distinct: the network reads and predicts one of "
    "{2} symbols per step; the last 10 % is held out":
        "{0}：{1} 个字符，{2} 种不同的字符：网络每一步读入并预测 {2} 种符号中的一种；"
        "最后 10 % 留作验证",
    "CorpusPreview|(past {0} distinct characters the rarest are read as one symbol, {1}: {2} "
    "places)":
        "（超过 {0} 种字符时，最少见的字符都读作同一个符号 {1}：共 {2} 处）",
    "CorpusPreview|and {0} more": "另有 {0} 种",
    "CorpusPreview|Most frequent:": "最常见：",
    "CorpusPreview|Begins:": "开头：",
}
