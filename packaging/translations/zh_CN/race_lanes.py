"""Chinese for race lanes that vary any setting, and several seeds per lane (issue 12 item 7)."""

TRANSLATIONS = {
    "Drop every setting this lane changes.": "去掉这条赛道改动的所有设置。",
    "Lane {0}: {1}": "第 {0} 条赛道：{1}",
    "LaneDialog|Reset": "重置",
    "Same as lane 1": "与第 1 条赛道相同",
    "Settings of this lane only; the others keep theirs. The task, batch size and update "
    "budget are shared by the whole race.":
        "只改这条赛道的设置，其他赛道保持不变。任务、批大小和更新次数由整场竞赛共用。",
    "Change any setting of lane {0} (learning rate, clipping, size, seed…); the other lanes "
    "keep theirs.":
        "修改第 {0} 条赛道的任意设置（学习率、梯度裁剪、规模、种子……）；其他赛道保持不变。",
    "Each lane trains this many networks (seeds seed, seed+1, …): its loss is their median "
    "inside a shaded band from the lowest to the highest. A race with 3 seeds costs about 3 "
    "times as much per update (see updates/s under the plots).":
        "每条赛道训练这么多个网络（种子依次加 1）：曲线是它们损失的中位数，"
        "阴影带从最低到最高。每条赛道 3 个种子时，每次更新的开销约为 3 倍（见图下方的 更新/秒）。",
    "Lane settings…": "赛道设置…",
    "Seeds per lane:": "每条赛道的种子数：",
    "clip {0}": "裁剪 {0}",
    "no clipping": "不裁剪",
    "{0} of {1} seeds diverged": "{1} 个种子中有 {0} 个发散",
    "{0} of {1} seeds reached the goal": "{1} 个种子中有 {0} 个达到目标",
    "{0} updates/s": "{0} 次更新/秒",
    "engine|lane {lane} has {value!r} but lane 1 has {first!r}; racing lanes must share the "
    "task, its options and the batch size":
        "第 {lane} 条赛道是 {value!r}，而第 1 条赛道是 {first!r}；参加竞赛的赛道必须使用相同的"
        "任务、任务选项和批大小",
    "engine|{n} seeds per lane; a race takes 1 to {most}":
        "每条赛道 {n} 个种子；一场竞赛可用 1 到 {most} 个",
}
