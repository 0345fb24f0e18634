"""Simplified Chinese for "graduating" to PyTorch and the Python API: File → Export →
PyTorch script (gui/torch_export.py, context "TorchExport") and the messages of
rnnstudio/engine/export_torch.py (context "engine"). Terms follow
packaging/translations/zh_CN.py; PyTorch, Python and file names stay in English.
"""

_ENGINE: dict[str, str] = {
    "{value!r} cannot be exported to PyTorch yet; exportable cells: {known}":
        "{value!r} 还不能导出为 PyTorch 程序；可以导出的单元有：{known}",
    "{value!r} cannot be exported to PyTorch yet; exportable tasks: {known}":
        "{value!r} 还不能导出为 PyTorch 程序；可以导出的任务有：{known}",
}

_GUI: dict[str, str] = {
    "TorchExport|PyTorch script (.py)…": "PyTorch 脚本（.py）…",
    "TorchExport|A Python program that trains this network with PyTorch exactly as RNN Studio "
    "does (add --device cuda to run it on a GPU)":
        "一个用 PyTorch 训练这个网络的 Python 程序，训练过程与 RNN Studio 完全相同"
        "（加上 --device cuda 即可在 GPU 上运行）",
    "TorchExport|Export a PyTorch script": "导出 PyTorch 脚本",
    "TorchExport|Python program (*.py)": "Python 程序 (*.py)",
    "TorchExport|Start the program from the current weights? (No: from the start weights the "
    "seed gives, so that its first losses match this run's.)":
        "让程序从当前的权重开始吗？（选“否”则从随机种子给出的初始权重开始，"
        "这样它最初的损失与这次运行的一致。）",
    "TorchExport|the network could not be read": "无法读取网络",
    "TorchExport|Could not export to {0}: {1}": "无法导出到 {0}：{1}",
    "TorchExport|Saved {0}": "已保存 {0}",
}

TRANSLATIONS: dict[str, str] = {**{f"engine|{k}": v for k, v in _ENGINE.items()}, **_GUI}
