"""Simplified Chinese for the training process (gui/controller.py, gui/worker.py).

Terms follow packaging/translations/zh_CN.py.
"""

TRANSLATIONS: dict[str, str] = {
    "The training process ended unexpectedly ({0}); press Reset to start a new one. The runs "
    "of this session are kept.":
        "训练进程意外结束（{0}）；按“重置”可启动一个新的训练进程。本次会话的各次运行都会保留。",
}
