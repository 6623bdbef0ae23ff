from typing import List, Dict

Matrix = List[List[float]]
print(Matrix)
def total(m: Matrix) -> float:
    return sum(sum(r) for r in m)
print(total([[1.0, 2.0], [3.5]]))
Bad = Dict[str]
print(Bad)
