import re

text = """Dr. Smith arrived at 9 a.m. sharp! Was he late? No. He was, in fact, early...
Everyone cheered. "Well done," said Mrs. Jones."""
sentences = [s for s in re.split(r'(?<=[.!?])\s+(?=[A-Z"])', text) if s]
for s in sentences:
    words = re.findall(r"\b[\w'.]+\b", s)
    print(len(words), repr(s))
print(len(re.findall(r'[.!?]+', text)), re.findall(r'\b[A-Z][a-z]*\.', text))
print(sorted(set(w.lower() for w in re.findall(r'\b[a-z]{5,}\b', text, re.I))))
