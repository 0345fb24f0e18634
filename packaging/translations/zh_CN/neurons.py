"""Simplified Chinese for Learn → Neurons you can read (gui/teach/neurons.py): a page of
text coloured by one unit, the feature ranking and the span search. Terms follow
packaging/translations/zh_CN.py (单元 unit, 隐藏状态 hidden state, 门 gate, 语料 corpus).
"""

TRANSLATIONS: dict[str, str] = {
    "Teaching|Neurons you can read": "看得懂的神经元",
    "Neurons you can read needs a character model: a network that reads text one character "
    "at a time. This run is “{0}”. Load the Char-RNN lesson (or choose the task “Character "
    "language model” in the settings), train a few hundred updates, and come back.":
        "“看得懂的神经元”需要一个字符级模型：一次读入一个字符的网络。当前运行是“{0}”。"
        "请载入字符级 RNN 课程（或在设置中选择任务“字符级语言模型”），训练几百次更新后再回来。",
    "Load the Char-RNN lesson": "载入字符级 RNN 课程",
    "The run's corpus": "本次运行的语料",
    "Your own text": "你自己的文本",
    "Your own text: {0}": "你自己的文本：{0}",
    "Open text…": "打开文本…",
    "Read a UTF-8 text file of your own with the network (characters it never saw stay "
    "uncoloured)": "让网络读你自己的 UTF-8 文本文件（它从未见过的字符不着色）",
    "Latest network": "最新网络",
    "Take a new copy of the run's network (the page does not follow training by itself)":
        "重新复制一份本次运行的网络（页面不会自动跟随训练）",
    "Find interesting units": "寻找有趣的单元",
    "For each text feature, the unit (any layer, state or gate) whose activation follows it "
    "best on this page: Pearson's r":
        "对每个文本特征，找出在本页上激活值与它最吻合的单元（任意层、状态或门）：皮尔逊相关系数 r",
    "Select some text on the page: the units that are on over it and off around it are "
    "listed here.": "在页面上选中一段文字：在这段文字上开启、在它周围关闭的单元会列在这里。",
    "A unit counts as on above this activation": "激活值高于此值时，单元算作开启",
    "Train a character model (a few updates are enough), then open this view again.":
        "请先训练一个字符级模型（几次更新就够），再打开这个视图。",
    "Open a text": "打开文本",
    "Text files (*.txt);;All files (*)": "文本文件 (*.txt);;所有文件 (*)",
    "Reading the text with the network…": "网络正在读这段文本…",
    "Each character is coloured by the unit's value after reading it; hover for the number.":
        "每个字符按单元读完它之后的值着色；鼠标悬停可看数值。",
    "inside double quotes": "在双引号内",
    "inside brackets": "在括号内",
    "position in the line": "在行中的位置",
    "right after a newline": "紧跟在换行之后",
    "a vowel": "元音字母",
    "a capital letter": "大写字母",
    "a space": "空格",
    "NeuronsView|Text": "文本",
    "NeuronsView|Layer": "层",
    "NeuronsView|Signal": "信号",
    "NeuronsView|Unit": "单元",
    "NeuronsView|Feature": "特征",
    "NeuronsView|Best unit": "最佳单元",
    "NeuronsView|On inside": "内部开启",
    "NeuronsView|Off around": "周围关闭",
    "NeuronsView|Threshold": "阈值",
    "the bundled play (Hamlet)": "内置剧本《哈姆雷特》",
    "“{0}” at {1}: {2} = {3:+.3f}": "位置 {1} 的“{0}”：{2} = {3:+.3f}",
    "“{0}” at {1}: not in the model's vocabulary": "位置 {1} 的“{0}”：不在模型的词表中",
    "NeuronsView|{0} #{1}": "{0} #{1}",
    "From a copy of the network at update {0}.": "来自第 {0} 次更新时复制的网络。",
    "layer {0}, {1}": "第 {0} 层，{1}",
    "not on this page": "本页没有",
    "Could not read the text: {0}": "无法读取文本：{0}",
    "Could not open the text: {0}": "无法打开文本：{0}",
    "Showing the first {0} of {1} characters of {2}.": "显示{2}共 {1} 个字符中的前 {0} 个。",
    "{0}: {1} characters.": "{0}：{1} 个字符。",
    "{0} characters are not in the model's vocabulary: they stay uncoloured and count for "
    "nothing.": "有 {0} 个字符不在模型的词表中：它们不着色，也不参与统计。",
    "No unit of this signal is on over “{0}” and off around it at this threshold.":
        "在这个阈值下，这个信号没有单元在“{0}”上开启而在周围关闭。",
    "Units on over “{0}” and off around it (as many characters on each side):":
        "在“{0}”上开启、在周围关闭的单元（两侧各取同样多的字符）：",
    "Other places where {0} switch the same way: {1}": "{0} 以同样方式开关的其他位置：{1} 处",
    "{0}: {1} ({2:.0%} alike)": "{0}：{1}（相似度 {2:.0%}）",
}
