/** The key figures of a document, in the order of CONTRACT.md (summary `metrics`). */
export const METRIC_KEYS = [
    'income_total',
    'expenditure_total',
    'budget_initial',
    'budget_adjustment',
    'budget_final',
    'execution',
    'execution_rate',
    'balance',
    'three_public',
    'three_public_reception',
    'public_funds_budget',
    'public_funds_actual',
    'public_funds_control_rate',
    'staff_authorized',
    'staff_actual',
    'self_score',
    'satisfaction',
];
/** Chinese header of each metric, with its unit. */
export const METRIC_HEADERS = {
    income_total: '收入合计(万元)',
    expenditure_total: '支出合计(万元)',
    budget_initial: '年初预算(万元)',
    budget_adjustment: '调整预算(万元)',
    budget_final: '全年预算(万元)',
    execution: '预算执行数(万元)',
    execution_rate: '预算执行率(%)',
    balance: '结余(万元)',
    three_public: '“三公”经费(万元)',
    three_public_reception: '公务接待费(万元)',
    public_funds_budget: '公用经费预算(万元)',
    public_funds_actual: '公用经费决算(万元)',
    public_funds_control_rate: '公用经费控制率(%)',
    staff_authorized: '编制人数',
    staff_actual: '实有人数',
    self_score: '自评得分',
    satisfaction: '满意度(%)',
};
export const SUMMARY_COLUMNS = [
    { key: 'file', header: '文件' },
    { key: 'format', header: '格式' },
    { key: 'status', header: '状态' },
    { key: 'error', header: '读取问题' },
    { key: 'pages', header: '页数' },
    { key: 'department', header: '部门' },
    { key: 'year', header: '年度' },
    { key: 'sections', header: '标题数' },
    { key: 'figures', header: '数字数' },
    { key: 'findings.error', header: '错误数' },
    { key: 'findings.warning', header: '警告数' },
    { key: 'findings.info', header: '提示数' },
    ...METRIC_KEYS.map((k) => ({ key: `metrics.${k}`, header: METRIC_HEADERS[k] })),
    { key: 'department_key', header: '部门（不含地名）' },
    { key: 'ocr_pages', header: '文字识别页数' },
];
export const FIGURE_COLUMNS = [
    { key: 'file', header: '文件' },
    { key: 'id', header: '编号' },
    { key: 'kind', header: '类型' },
    { key: 'value', header: '数值' },
    { key: 'unit', header: '单位' },
    { key: 'amount_wan', header: '金额(万元)' },
    { key: 'approx', header: '约数' },
    { key: 'raw', header: '原文' },
    { key: 'label', header: '含义' },
    { key: 'metric', header: '指标' },
    { key: 'section', header: '所在章节' },
    { key: 'page', header: '页码' },
    { key: 'flagged', header: '相关问题' },
    { key: 'object', header: '对象' },
    { key: 'measure', header: '度量' },
    { key: 'period', header: '时期' },
    { key: 'of', header: '比率或占比之基数' },
    { key: 'source', header: '来源' },
    { key: 'confidence', header: '识别置信度' },
];
export const SECTION_COLUMNS = [
    { key: 'file', header: '文件' },
    { key: 'level', header: '层级' },
    { key: 'number', header: '编号' },
    { key: 'heading', header: '标题' },
    { key: 'path', header: '路径' },
    { key: 'template', header: '模板章节' },
    { key: 'page', header: '页码' },
];
export const FINDING_COLUMNS = [
    { key: 'file', header: '文件' },
    { key: 'id', header: '编号' },
    { key: 'rule', header: '规则' },
    { key: 'severity', header: '级别' },
    { key: 'message', header: '说明' },
    { key: 'expected', header: '应为' },
    { key: 'actual', header: '所印数值' },
    { key: 'difference', header: '差异' },
    { key: 'section', header: '所在章节' },
    { key: 'page', header: '页码' },
    { key: 'evidence', header: '原文' },
    { key: 'figures', header: '相关数字' },
];
/** Ratios the compare dataset works out from the summary's metrics. */
export const DERIVED_METRIC_KEYS = ['three_public_per_staff', 'public_funds_per_staff'];
export const COMPARE_METRIC_KEYS = [...METRIC_KEYS, ...DERIVED_METRIC_KEYS];
export const COMPARE_METRIC_HEADERS = {
    ...METRIC_HEADERS,
    three_public_per_staff: '人均“三公”经费(万元)',
    public_funds_per_staff: '人均公用经费(万元)',
};
/** For each metric: its value, rank, distance from the median in MADs, last year's value and the change. */
function compareMetricColumns(m) {
    const header = COMPARE_METRIC_HEADERS[m];
    const unit = /\(.*\)$/.exec(header)?.[0] ?? '';
    const name = header.slice(0, header.length - unit.length);
    return [
        { key: m, header },
        { key: `${m}_rank`, header: `${name}-同年排名` },
        { key: `${m}_mad`, header: `${name}-偏离中位数(绝对中位差倍数)` },
        { key: `${m}_prev`, header: `上年${header}` },
        { key: `${m}_change`, header: `${name}较上年变动${unit === '(%)' ? '(百分点)' : unit}` },
    ];
}
export const COMPARE_COLUMNS = [
    { key: 'department_key', header: '部门（不含地名）' },
    { key: 'year', header: '年度' },
    { key: 'file', header: '文件' },
    { key: 'department', header: '部门' },
    ...COMPARE_METRIC_KEYS.flatMap(compareMetricColumns),
];
/** The datasets by file name (NAME.csv, NAME.jsonl). */
export const DATASETS = {
    summary: SUMMARY_COLUMNS,
    figures: FIGURE_COLUMNS,
    sections: SECTION_COLUMNS,
    findings: FINDING_COLUMNS,
    compare: COMPARE_COLUMNS,
};
