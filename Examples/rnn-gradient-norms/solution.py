"""Gradient norms of an Elman RNN (the vanishing gradient), LeetCode style: a method of class
Solution that practice's function-mode driver calls once per test with W, U, xs and h0.

Forward pass h_t = tanh(W h_{t-1} + U x_t) for t = 1..T, then backward Jacobian products
dh_T/dh_{k-1} = dh_T/dh_k . diag(1 - h_k^2) . W, from dh_T/dh_T = I. Returns the Frobenius norm
of each, g[0..T].
"""
import math
from typing import List


class Solution:
    def gradientNorms(self, W: List[List[float]], U: List[List[float]], xs: List[List[float]],
                      h0: List[float]) -> List[float]:
        states = [h0]
        for x in xs:
            h = states[-1]
            states.append([
                math.tanh(sum(w * v for w, v in zip(w_row, h)) + sum(u * v for u, v in zip(u_row, x)))
                for w_row, u_row in zip(W, U)
            ])
        n = len(h0)
        jacobian = [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
        norms = [math.sqrt(n)]
        for k in range(len(xs), 0, -1):
            derivative = [1.0 - v * v for v in states[k]]
            scaled = [[entry * d for entry, d in zip(row, derivative)] for row in jacobian]
            jacobian = [[sum(row[l] * W[l][j] for l in range(n)) for j in range(n)] for row in scaled]
            norms.append(math.sqrt(sum(entry * entry for row in jacobian for entry in row)))
        norms.reverse()
        return norms
