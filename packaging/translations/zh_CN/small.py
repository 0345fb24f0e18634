"""Simplified Chinese for issue #12's small items: the cell diagram of a stacked network
(layers > 1)."""

TRANSLATIONS: dict[str, str] = {
    "CellDiagram|{0} layers": "{0} 层",
    "CellDiagram|stacked: each layer's h feeds the next layer": "堆叠：每层的 h 送入下一层",
}
