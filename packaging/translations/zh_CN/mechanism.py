"""Simplified Chinese for "Why gradients vanish" (gui/teach/mechanism_views.py): the
Jacobian and spectrum, contributions, gate saturation and cliff views, and their menu.

Short, generic words carry their context ("Context|source"). Terms follow
packaging/translations/zh_CN.py (梯度, 隐藏状态, 时间步, 裁剪, 门).
"""

TRANSLATIONS: dict[str, str] = {
    # ------------------------------------------------------------ menu and tabs
    "Why gradients vanish": "梯度为何消失",
    "MechanismView|Jacobian and spectrum": "雅可比与谱",
    "MechanismView|Contributions": "梯度贡献",
    "MechanismView|Gate saturation": "门饱和",
    "MechanismView|The cliff": "悬崖",
    # ------------------------------------------------------------ Jacobian and spectrum
    "JacobianView|Recurrent scale": "循环权重缩放",
    "Re-initialises the network with its recurrent weights multiplied by this factor":
        "重新初始化网络，把循环权重乘以这个系数",
    "JacobianView|step k": "时间步 k",
    "JacobianView|‖∂h_T/∂h_k‖": "‖∂h_T/∂h_k‖",
    "Product of step Jacobians": "各步雅可比矩阵之积",
    "JacobianView|index": "序号",
    "JacobianView|σ": "σ",
    "Singular values": "奇异值",
    "JacobianView|real": "实部",
    "JacobianView|imaginary": "虚部",
    "Eigenvalues": "特征值",
    "layer {0}: ‖∂h_T/∂h_k‖": "第 {0} 层：‖∂h_T/∂h_k‖",
    "layer {0}: ‖∂c_T/∂c_k‖": "第 {0} 层：‖∂c_T/∂c_k‖",
    "bound (σ_max·γ)^(T−k)": "上界 (σ_max·γ)^(T−k)",
    "Layer 1 ({0}): σ_max = {1:.3g}, spectral radius {2:.3g}, γ = {3:g}, σ_max·γ = {4:.3g}":
        "第 1 层（{0}）：σ_max = {1:.3g}，谱半径 {2:.3g}，γ = {3:g}，σ_max·γ = {4:.3g}",
    "The bound is for Elman cells. Here gates multiply the path by factors the network "
    "learns; the dashed curves are the cell-state highway.":
        "这个上界只适用于 Elman 单元。这里由门把路径乘上网络自己学到的系数；"
        "虚线是细胞状态这条“高速公路”。",
    "σ_max < 1/γ: every step shrinks the gradient at least by σ_max·γ, so it must vanish "
    "(the grey bound).":
        "σ_max < 1/γ：每一步至少把梯度缩小为原来的 σ_max·γ 倍，所以梯度必然消失（灰色上界）。",
    "σ_max > 1/γ: exploding gradients are possible, not certain: this is necessary for "
    "explosion, not sufficient.":
        "σ_max > 1/γ：梯度有可能爆炸，但并不一定：这是爆炸的必要条件，而不是充分条件。",
    # ------------------------------------------------------------ contributions
    "Row t: how much the loss at output step t reaches each earlier step k. Click a row to "
    "shade the inputs that output depends on.":
        "第 t 行：输出时间步 t 的损失有多少传到了之前的每个时间步 k。"
        "点击一行，下方会按该输出对各输入的依赖程度着色。",
    "ContributionsView|earlier step k": "之前的时间步 k",
    "ContributionsView|output step t": "输出时间步 t",
    "Contributions ‖∂L_t/∂h_k‖": "梯度贡献 ‖∂L_t/∂h_k‖",
    "log₁₀ of C / max C": "C / max C 的 log₁₀",
    "ContributionsView|input step k": "输入时间步 k",
    "ContributionsView|input": "输入",
    "Inputs shaded by ‖∂y_t/∂x_k‖": "按 ‖∂y_t/∂x_k‖ 着色的输入",
    "Output step {0}: inputs shaded by how much they change it.":
        "输出时间步 {0}：按各输入对它的影响大小着色。",
    # ------------------------------------------------------------ gate saturation
    "fraction of time shut (gate &lt; 0.1)": "关闭的时间比例（门 &lt; 0.1）",
    "fraction of time open (gate &gt; 0.9)": "打开的时间比例（门 &gt; 0.9）",
    "SaturationView|Gate saturation": "门饱和",
    "This cell has no gates: nothing can saturate.": "这种单元没有门：没有什么会饱和。",
    "One dot per unit and gate. Right-hand edge: a gate almost always shut; top edge: almost "
    "always open; near the corner (0, 0): it decides case by case. The faint dots are "
    "where they were at the last refreshes: watch them move as the network trains.":
        "每个点是一个单元的一个门。靠右边：门几乎总是关着；靠上边：几乎总是开着；"
        "靠近 (0, 0) 角：它视情况而定。淡色的点是它们在前几次刷新时的位置："
        "看它们随着网络训练而移动。",
    "SaturationView|gate {0}": "门 {0}",
    # ------------------------------------------------------------ the cliff
    "α along −∇L / ‖∇L‖": "沿 −∇L / ‖∇L‖ 方向的 α",
    "CliffView|loss": "损失",
    "Loss along the gradient": "沿梯度方向的损失",
    "CliffView|earlier weights": "之前的权重",
    "CliffView|β along a random direction": "沿一个随机方向的 β",
    "CliffView|Loss around the weights (2-D slice)": "权重周围的损失（二维切片）",
    "CliffView|log₁₀ of loss / loss now": "log₁₀（损失 / 当前损失）",
    "CliffView|now": "现在",
    "CliffView|next step, not clipped": "下一步（不裁剪）",
    "CliffView|next step, clipped": "下一步（裁剪后）",
    "CliffView|w": "w",
    "CliffView|h_T": "h_T",
    "One unit: h_t = σ(w·h_{t−1} + b)": "单个单元：h_t = σ(w·h_{t−1} + b)",
    "Drag the red line: your w = {0:.2f} gives h_T = {1:.3f} (b = {2:g}). Near the jump a "
    "tiny change of w changes h_T completely: that is the cliff.":
        "拖动红线：你的 w = {0:.2f} 得到 h_T = {1:.3f}（b = {2:g}）。在跳变附近，"
        "w 的微小变化就会彻底改变 h_T：这就是悬崖。",
    "‖∇L‖ = {0:.3g}. A steep wall along the gradient is a cliff: the unclipped step can jump "
    "over it or far away; clipping keeps the step short.":
        "‖∇L‖ = {0:.3g}。沿梯度方向的陡壁就是悬崖：不裁剪的一步可能越过它或飞得很远；"
        "裁剪让步子保持短小。",

    # race mode: the lanes' contributions
    "RaceView|Contributions": "梯度贡献",
    "Below the gradient flow: each lane's triangle ‖∂L_t/∂h_k‖, how much the loss at output "
    "step t reaches each earlier step k, on the same held-out sequences (refreshed about once "
    "a second while racing). Click a row to compare how far back each lane reaches.":
        "在梯度流下方：每条赛道的三角图 ‖∂L_t/∂h_k‖，即输出步 t 的损失能影响到多早的步 k，"
        "在同一批留出序列上计算（比赛时约每秒刷新一次）。点击一行，比较每条赛道能回溯多远。",
    "RaceView|earlier step k": "之前的时间步 k",
    "RaceView|output step t": "输出时间步 t",
    "{0}: ‖∂L_t/∂h_k‖": "{0}：‖∂L_t/∂h_k‖",
    "log₁₀ of C / max C (each lane)": "log₁₀(C / max C)（每条赛道各自）",
    "These lanes are too large to compute their contributions here.":
        "这些赛道太大，无法在此计算它们的梯度贡献。",
    "Each lane's contributions appear here while it races (and when it ends).":
        "比赛进行时（以及结束时），每条赛道的梯度贡献会显示在这里。",
    "{0}: too large to compute": "{0}：太大，无法计算",
    "After update {0}, output step {1} still depends on inputs this many steps back (the "
    "earliest k giving at least 1 % of the row's largest ‖∂L_t/∂h_k‖): {2}":
        "第 {0} 次更新后，输出步 {1} 仍依赖于这么多步之前的输入（取该行最大 ‖∂L_t/∂h_k‖ "
        "至少 1% 的最早的 k）：{2}",
}
