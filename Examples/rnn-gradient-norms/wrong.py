"""Gradient norms of an Elman RNN with a realistic off-by-one bug.

The step Jacobian is dh_k/dh_{k-1} = diag(1 - h_k^2) W: the tanh derivative
belongs to the state the step *produces*. This version uses the state the
step *consumes*, diag(1 - h_{k-1}^2) W, so every g[k] except g[T] is wrong.

Input: four JSON lines, W (n x n), U (n x m), xs (T vectors of length m), h0.
"""
import json
import math
import sys


def forward(W, U, xs, h0):
    """Return the hidden states [h_0, h_1, ..., h_T]."""
    states = [h0]
    for x in xs:
        h = states[-1]
        states.append([
            math.tanh(sum(w * v for w, v in zip(w_row, h)) + sum(u * v for u, v in zip(u_row, x)))
            for w_row, u_row in zip(W, U)
        ])
    return states


def gradient_norms(W, U, xs, h0):
    """Return g[k] = ||dh_T/dh_k||_F for k = 0..T (buggy)."""
    states = forward(W, U, xs, h0)
    n = len(h0)
    jacobian = [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
    norms = [math.sqrt(n)]
    for k in range(len(xs), 0, -1):
        # Bug: should be states[k], the output of step k.
        derivative = [1.0 - v * v for v in states[k - 1]]
        scaled = [[entry * d for entry, d in zip(row, derivative)] for row in jacobian]
        jacobian = [
            [sum(scaled_row[l] * W[l][j] for l in range(n)) for j in range(n)]
            for scaled_row in scaled
        ]
        norms.append(math.sqrt(sum(entry * entry for row in jacobian for entry in row)))
    norms.reverse()
    return norms


def main():
    W, U, xs, h0 = (json.loads(line) for line in sys.stdin.read().splitlines() if line.strip())
    print(json.dumps(gradient_norms(W, U, xs, h0)))


if __name__ == "__main__":
    main()
