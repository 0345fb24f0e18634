"""Chinese for the range hint under a number field (issue 12 item 5)."""

TRANSLATIONS = {
    "{0} is not allowed: {1}.": "{0} 不可用：应为{1}。",
    "{0} is not allowed ({1}): kept {2}.": "{0} 不可用（应为{1}）：保留 {2}。",
}
