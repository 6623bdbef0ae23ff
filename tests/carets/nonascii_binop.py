s = "żółw"
def f(a):
    return a["ключ"] + len(s)
f({"ключ": "значение"})
