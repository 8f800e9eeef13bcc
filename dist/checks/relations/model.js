export const fig = (f) => ({ op: 'fig', fig: f });
export const sum = (figs, signs) => ({
    op: 'sum',
    terms: figs.map((f, i) => ({ sign: signs?.[i] ?? 1, expr: fig(f) })),
});
/** Every figure an expression reads, in order. */
export function figuresOf(e) {
    switch (e.op) {
        case 'fig':
            return [e.fig];
        case 'const':
            return [];
        case 'sum':
            return e.terms.flatMap((t) => figuresOf(t.expr));
        case 'ratio':
            return [...figuresOf(e.num), ...figuresOf(e.den)];
        case 'product':
            return e.factors.flatMap(figuresOf);
    }
}
