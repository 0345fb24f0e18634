"""Chinese for the training speed, Run N updates, the goal pause and the one Train button
(issue 12 items 2 and 8)."""

TRANSLATIONS = {
    "Stop as soon as the held-out metric reaches this value (the app pauses there; Resume "
    "trains on past it).":
        "留出集指标一达到这个值就停止（在应用中是暂停：按“继续”可越过它接着训练）。",
    "Run {0} updates": "运行 {0} 次更新",
    "Train exactly the number of updates set beside, at the chosen speed, then pause":
        "按所选速度训练旁边设定的更新次数，然后暂停",
    " updates": " 次更新",
    "How many updates Run trains before it pauses": "“运行”在暂停前训练多少次更新",
    "Training speed in updates per second: slow motion shows every update as it happens; "
    "full speed draws as often as the screen can. It changes only how fast, never what is "
    "learned.":
        "训练速度（每秒更新次数）：慢动作会在每次更新发生时显示它；全速时按屏幕能承受的频率"
        "重绘。它只改变快慢，从不改变学到的内容。",
    "S&peed:": "速度(&P)：",
    "Speed": "速度",
    "Full speed": "全速",
    "1 update/s": "1 次更新/秒",
    "Pause training here (Space); Resume carries on": "在这里暂停训练（空格键）；按“继续”接着训练",
    "Resume training from here (Space; Space again pauses)":
        "从这里继续训练（空格键；再按一次空格键暂停）",
    "Train at the chosen speed (Space; Space again pauses)":
        "按所选速度训练（空格键；再按一次空格键暂停）",
    "Goal reached at update {0}: {1} {2} {3} {4} — paused (Resume trains on, Reset starts "
    "over)":
        "在第 {0} 次更新时达到目标：{1} {2} {3} {4}——已暂停（按“继续”接着训练，按“重置”从头开始）",
}
