// `gouji --help`: every option and every output, in Chinese, for the auditors who run it.
export const USAGE =
  'usage: gouji [INPUT ...] [--out DIR] [--jobs N] [--config FILE] [--quiet] [--no-cache] [--no-report] [--no-ocr] [--timeout S] [--max-size MB] [--max-memory MB]';

export const HELP = `gouji（勾稽）：批量审核部门整体支出绩效自评报告、部门决算公开说明、项目支出绩效自评报告

用法：gouji [输入 ...] [选项]

输入：文件或文件夹（递归查找），支持 .docx .doc .pdf .txt；不写时为 corpus

选项：
  --out 目录         结果写入的文件夹，默认 out；每个文件要么完整写出，要么不写（先写临时名再改名）
  --jobs N           同时分析的文件数（各用一个进程），默认为 CPU 核数；结果与 N 无关，逐字节相同
  --config 文件      规则设置（JSON）：停用规则、改级别、调参数；文件有误时退出码为 1
  --quiet            不显示进度，也不显示结束时的汇总表
  --no-cache         不用缓存：每个文件都重新分析（默认对内容和 gouji 版本都未变的文件取 DIR/.cache/ 中的结果，输出逐字节相同）
  --no-report        只写数据集，不写审核报告和工作簿
  --no-ocr           不做文字识别：扫描件（没有文字层的页面）标为 needs_ocr，不读其中的数字
  --timeout 秒       单个文件的分析时限，默认 60；超时的文件记为 failed 并说明原因
  --max-size MB      单个文件的大小上限，默认 100
  --max-memory MB    单个分析进程的内存上限，默认 1536（至少 600）
  -h, --help         显示本说明

输出（在 --out 目录中；每个数据集有 .csv（中文表头，Excel/WPS 可直接打开）和 .jsonl（英文键名，供程序读取），金额统一为万元）：
  summary            每个文件一行：状态、部门、年度、各类问题数、关键指标（收支、预算、执行率、“三公”经费等）
  compare            每个部门每年一行：关键指标与比率（预算执行率、公用经费控制率、人均“三公”经费、人均公用经费），
                     各指标在同年各部门中的排名、偏离中位数的绝对中位差倍数，以及同一部门上一年的数值和变动
  findings           每个问题一行：规则、级别（error 错误 / warning 警告 / info 提示）、说明、应为、所印数值、原文
                     跨文件的问题也在其中：peer-outlier（指标远离同年各部门）、prior-year-mismatch（所列上年数与上年报告不符）、
                     copied-figures（一组数字与其他报告相同）、copied-text（段落与其他部门报告相同）、
                     duplicate-submission（同一部门同一年度重复报送，或同一内容两个文件名）
  figures            每个数字一行：数值、单位、含义（对象、度量、时期）、所在章节、相关问题
  sections           每个标题一行：层级、编号、标题、对应模板章节
  report/index.html  审核报告：离线打开，总览与每份文件一页，问题在原文中高亮
  gouji.xlsx         工作簿：汇总、对比、问题、数字、章节 五张表，问题链接到审核报告

退出码：0 所有文件均已读取；2 有文件无法读取（结果照常写出，每个这样的文件在 summary 中有一行说明原因）；
        1 用法或设置错误、输出目录不可用或写入失败（不写结果，之前的结果保持不变）
`;
