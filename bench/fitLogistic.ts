// Weighted logistic regression, for fitting the events pair model (bench/fitEvents.ts).
/**
 * Weighted logistic regression with an L2 penalty (not on the bias), by Newton's method. `atMost`
 * caps coefficients ([bias, ...weights]; missing or Infinity: free): a coefficient the free fit puts
 * above its cap is held at the cap and the others refitted, until none is above (the
 * log-likelihood is concave, so a best fit under one violated cap has it at the cap).
 */
export function fitLogistic(X: number[][], y: number[], w: number[], L2: number, atMost: number[] = []): number[] {
  const held = new Map<number, number>();
  for (;;) {
    const beta = newton(X, y, w, L2, held);
    const over = beta.findIndex((b, k) => !held.has(k) && b > (atMost[k] ?? Infinity));
    if (over < 0) return beta;
    held.set(over, atMost[over]);
  }
}

/** Newton's method; the coefficients in `held` keep their values and the others are fitted. */
function newton(X: number[][], y: number[], w: number[], L2: number, held: Map<number, number>): number[] {
  const d = X[0].length + 1;
  const beta = new Array(d).fill(0);
  for (const [k, v] of held) beta[k] = v;
  for (let iter = 0; iter < 50; iter++) {
    const grad = new Array(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array(d).fill(0));
    X.forEach((row, n) => {
      const x = [1, ...row];
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, k) => s + v * beta[k], 0)));
      for (let a = 0; a < d; a++) {
        grad[a] += w[n] * (p - y[n]) * x[a];
        for (let b = 0; b < d; b++) hess[a][b] += w[n] * p * (1 - p) * x[a] * x[b];
      }
    });
    for (let a = 1; a < d; a++) {
      grad[a] += (L2 * beta[a]) / X.length;
      hess[a][a] += L2 / X.length;
    }
    // A held coefficient takes no step: its row and column of the system are the identity's.
    for (const k of held.keys()) {
      grad[k] = 0;
      for (let a = 0; a < d; a++) hess[k][a] = hess[a][k] = a === k ? 1 : 0;
    }
    const step = solve(hess, grad);
    let size = 0;
    for (let a = 0; a < d; a++) {
      beta[a] -= step[a];
      size += Math.abs(step[a]);
    }
    if (size < 1e-9) break;
  }
  return beta;
}

function solve(A: number[][], b: number[]): number[] {
  const n = b.length,
    M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[pivot][c])) pivot = r;
    [M[c], M[pivot]] = [M[pivot], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || M[c][c] === 0) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((row, i) => (row[i] ? row[n] / row[i] : 0));
}
