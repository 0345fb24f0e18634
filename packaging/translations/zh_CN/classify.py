"""Chinese for the sequence classification task (issue 16 part 1b): its settings, data
errors, confusion matrix and Try-it page."""

TRANSLATIONS = {
    # settings, the task descriptor and its metrics
    "Sequence classification": "序列分类",
    "Data file": "数据文件",
    "A CSV file of your own data (or a TSV file, or a folder of one text file per class); "
    "empty uses the bundled example.":
        "你自己的数据的 CSV 文件（或 TSV 文件，或每个类别一个文本文件的文件夹）；"
        "留空则使用自带的示例。",
    "Read a whole sequence, then name its class: your own labelled sequences from a CSV "
    "file, or the bundled example, where the class is the colour named first.":
        "读完整个序列，再说出它的类别：可以是 CSV 文件中你自己标注的序列，"
        "也可以是自带的示例，其中类别是最先提到的颜色。",
    "Adam at 0.01 classifies the bundled example with over 90 % accuracy within about 150 "
    "updates.":
        "Adam（学习率 0.01）大约 150 次更新内就能以 90 % 以上的准确率对自带示例分类。",
    "An Elman network at learning rate 0.01 needs about 300 to 900 updates to reach 90 % "
    "on the bundled example, and now and then gets stuck lower.":
        "Elman 网络在学习率 0.01 下需要大约 300 到 900 次更新才能在自带示例上达到 90 %，"
        "偶尔会停在更低的水平。",
    "classification accuracy": "分类准确率",
    "balanced accuracy (mean over classes)": "平衡准确率（各类别的平均）",
    "blue classified as blue": "blue 被分为 blue",
    "blue classified as green": "blue 被分为 green",
    "blue classified as red": "blue 被分为 red",
    "green classified as blue": "green 被分为 blue",
    "green classified as green": "green 被分为 green",
    "green classified as red": "green 被分为 red",
    "red classified as blue": "red 被分为 blue",
    "red classified as green": "red 被分为 green",
    "red classified as red": "red 被分为 red",
    # data errors and the sample (engine messages)
    "engine|cannot be read as {kind} (a stray quote?)": "无法按 {kind} 读取（多了一个引号？）",
    "engine|class {label!r} has only one example; every class needs at least 2 (one is "
    "held out)":
        "类别 {label!r} 只有一个样本；每个类别至少需要 2 个（其中一个留作验证）",
    "engine|line {line}: {why}": "第 {line} 行：{why}",
    "engine|no sequence after the label {label!r}": "标签 {label!r} 之后没有序列",
    "engine|sequence {seq}\nnetwork: {pred} (p = {p:.2f}), true: {true} {mark}":
        "序列 {seq}\n网络：{pred}（p = {p:.2f}），真实：{true} {mark}",
    "engine|the bundled example data is missing ({reason}); choose a CSV file instead":
        "自带的示例数据缺失（{reason}）；请改选一个 CSV 文件",
    "engine|the label (first column) is empty": "标签（第一列）为空",
    "engine|{path} has no labelled sequences; write one 'label, sequence' row per line":
        "{path} 中没有带标签的序列；每行写一条“标签, 序列”",
    "engine|{path} has only one class ({label!r}); classification needs at least 2":
        "{path} 只有一个类别（{label!r}）；分类至少需要 2 个类别",
    "engine|{path} has {n} classes; at most {most} are allowed":
        "{path} 有 {n} 个类别；最多允许 {most} 个",
    "engine|{path} holds {n} files; at most {most} classes (one file each) are read":
        "{path} 中有 {n} 个文件；最多读取 {most} 个类别（每个类别一个文件）",
    "engine|{path} is a folder without files; put one text file per class in it":
        "{path} 是一个没有文件的文件夹；请在其中为每个类别放一个文本文件",
    "engine|{path}: {count} bad row(s): {lines}": "{path}：{count} 行有误：{lines}",
    "engine|{path}: {count} bad rows: {lines}; and {more} more":
        "{path}：{count} 行有误：{lines}；另有 {more} 行",
    "engine|{path}: {n} sequence(s) are longer than {most} steps (the longest has "
    "{longest})":
        "{path}：有 {n} 个序列超过 {most} 步（最长的有 {longest} 步）",
    # the confusion matrix
    "ConfusionView|Confusion matrix (held-out)": "混淆矩阵（验证集）",
    "ConfusionView|Train to see which classes the network tells apart and which it mixes "
    "up.":
        "训练后可以看到网络能分清哪些类别、又把哪些类别弄混。",
    "ConfusionView|network's answer": "网络的回答",
    "ConfusionView|share of the true class": "占真实类别的比例",
    "ConfusionView|true class": "真实类别",
    "ConfusionView|true {0}, answered {1}: {2} of {3}": "真实 {0}，回答 {1}：{3} 个中的 {2} 个",
    "ConfusionView|update {0}: {1} of {2} held-out sequences classified right ({3})":
        "第 {0} 次更新：{2} 个验证序列中分对了 {1} 个（{3}）",
    # Try it yourself
    "ClassifyPage|A sequence the network never trained on": "网络从未训练过的一个序列",
    "ClassifyPage|Held-out example": "验证集示例",
    "ClassifyPage|Not a number: {0}": "不是数字：{0}",
    "ClassifyPage|Not in the training vocabulary (read as unknown): {0}":
        "不在训练词表中（按未知词读取）：{0}",
    "ClassifyPage|Sequence": "序列",
    "ClassifyPage|The network reads the whole sequence, then names its class: {0}. Type {1} "
    "and see the probability of each class after the last one.":
        "网络读完整个序列后说出它的类别：{0}。输入{1}，看看读完最后一个之后每个类别的概率。",
    "ClassifyPage|The network says {0} (p = {1}).": "网络认为是 {0}（p = {1}）。",
    "ClassifyPage|True class: {0}": "真实类别：{0}",
    "ClassifyPage|Type a sequence.": "请输入一个序列。",
    "ClassifyPage|numbers separated by spaces": "用空格分隔的数字",
    "ClassifyPage|tokens separated by spaces": "用空格分隔的词",
    "ClassifyPage|class": "类别",
    "ClassifyPage|probability": "概率",
    "A CSV file of your own (comma, tab or semicolon separated): for forecasting, numeric "
    "columns (a header line and a date column are optional); for classification, label and "
    "sequence per row (or a folder of one text file per class). Empty uses the built-in data.":
        "你自己的 CSV 文件（逗号、制表符或分号分隔）："
        "用于预测时为数值列（表头行和日期列可有可无）；"
        "用于分类时每行是标签和序列（也可以是每类一个文本文件的文件夹）。留空则使用内置数据。",
    "DataPreview|{0}: {1} sequences in {2} classes ({3}); {4} held out":
        "{0}：{1} 个序列，{2} 个类别（{3}）；{4} 个留作验证",
    "DataPreview|label": "标签",
    "DataPreview|sequence": "序列",
}
