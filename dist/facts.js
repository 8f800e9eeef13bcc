// Document facts: the department (as written, and its key without places) and the
// report year, and the cover fields.
// The department comes from the cover's 部门名称, then the title, then the file
// name; the year from the title, then the file name, then the text itself.
import path from 'node:path';
import { sectionPatterns } from "./sections.js";
/** Placeholders that fill a cover field without filling it. */
const PLACEHOLDER = /^[（(]?(?:公章|盖章|签章|签字|XX|××|\s)*[）)]?$/;
/** Words that end a Chinese organisation name. */
const ORG_SUFFIX = '(?:委员会|管理委员会|办公室|服务中心|中心|人民政府|政府|街道办事处|办事处|委|办|局|院|所|厅|部|队|会|站|馆|处|署|社|团|校|学校|中学|小学|大学|学院|幼儿园|医院|集团|公司)';
const ORG_NAME = new RegExp(`([\\u4e00-\\u9fa5A-Za-z×（）()]{1,20}?${ORG_SUFFIX})`);
/** Report-kind words that follow the department in a title. */
const TITLE_TAIL = /(?:\d{4}\s*年度?)?(?:部门整体支出|部门决算|单位决算|项目支出|整体支出|部门预算|绩效自评|自评报告|决算公开)/;
/**
 * A place prefix (某市, 某某县, 某区) before the department proper: a place name of two to
 * six characters and its level. One character before 市 or 乡 is part of a word of the
 * department's own (城市管理局, 住房和城乡建设局), and a place name joins nothing with 和.
 */
const PLACE_PREFIX = /^(?:某{1,3}|[\u4e00-\u9fa5]{2,6}?|[A-Za-z×＊*]{1,6})(?:自治州|自治县|地区|新区|省|市|县|区|旗|州|盟|镇|乡|街道)(?=[\u4e00-\u9fa5]{2,})/;
/**
 * The department without its places (南宁市青秀区残疾人联合会 → 残疾人联合会): the key that
 * matches one department across years and places. 青石镇人民政府, 临河县人民医院 keep the
 * place: there it is part of the name.
 */
export function departmentKey(name) {
    let key = name;
    for (;;) {
        const m = PLACE_PREFIX.exec(key);
        if (!m || /和|及|与/.test(m[0]))
            return key;
        const rest = key.slice(m[0].length);
        if (!ORG_NAME.test(rest) || /^(?:人民|政府|街道办事处|办事处)/.test(rest))
            return key;
        key = rest;
    }
}
/** Department named in a title line, e.g. `XX市信访局2024年度部门整体支出绩效自评报告`. */
export function departmentFromTitle(title) {
    // The department stands before the year, or else before the report kind.
    const year = /20\d{2}\s*年/.exec(title);
    const tail = year && year.index > 0 ? year : TITLE_TAIL.exec(title);
    if (!tail || tail.index === 0)
        return null;
    // A year before the department (`2024年度共青团某县委员会部门决算…`) is no part of its name.
    const head = title.slice(0, tail.index).replace(/[\s“”"]/g, '').replace(/^.*20\d{2}年度?/, '').replace(/关于$/, '');
    const m = new RegExp(`${ORG_NAME.source}$`).exec(head);
    return m ? m[1] : null;
}
export function departmentFromFileName(file) {
    const base = path.basename(file).replace(/\.[^.]+$/, '');
    for (const part of base.split(/[-_—\s]+/)) {
        if (/^\d+$/.test(part) || TITLE_TAIL.test(part))
            continue;
        const m = new RegExp(`^${ORG_NAME.source}$`).exec(part);
        if (m)
            return m[1];
    }
    return departmentFromTitle(base.replace(/[-_—\s]+/g, ''));
}
const YEAR = /(20\d{2})\s*年度?/g;
export function yearFromTitle(title) {
    const m = /(20\d{2})\s*年度?/.exec(title);
    return m ? Number(m[1]) : null;
}
/** The cover fields (`部门名称：…`) in the blocks before the first heading. */
export function coverFields(blocks, firstHeadingBlock, patterns) {
    const fields = [];
    const names = patterns.cover.join('|');
    const re = new RegExp(`(${names})\\s*[：:]\\s*([^：:]*?)(?=\\s*(?:${names})\\s*[：:]|$)`, 'g');
    for (const b of blocks) {
        if (b.index >= firstHeadingBlock)
            break;
        const lines = b.kind === 'paragraph' ? [b.text.source] : b.rows.map((r) => r.map((c) => c.text.source).join('：'));
        for (const line of lines) {
            for (const m of line.matchAll(re))
                fields.push({ name: m[1], value: m[2].trim(), block: b.index });
        }
    }
    return fields;
}
export const isEmptyCoverValue = (v) => PLACEHOLDER.test(v.trim());
/** Title: the longest of the opening lines that names a report kind. */
function titleOf(blocks, firstHeadingBlock) {
    let title = null;
    for (const b of blocks) {
        if (b.index >= firstHeadingBlock || b.index > 15)
            break;
        if (b.kind !== 'paragraph')
            continue;
        const t = b.text.text;
        if (t.length <= 60 && TITLE_TAIL.test(t) && !/[：:。]/.test(t) && (!title || t.length > title.length))
            title = t;
    }
    return title;
}
function mostFrequentYear(blocks) {
    const counts = new Map();
    for (const b of blocks) {
        if (b.kind !== 'paragraph')
            continue;
        for (const m of b.text.text.matchAll(YEAR))
            counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
    }
    let best = null;
    for (const [y, n] of counts)
        if (best === null || n > counts.get(best) || (n === counts.get(best) && y > best))
            best = y;
    return best;
}
export function documentFacts(file, blocks, sections, patterns = sectionPatterns()) {
    const firstHeading = sections.length ? sections[0].block : blocks.length;
    const cover = coverFields(blocks, firstHeading, patterns);
    const title = titleOf(blocks, firstHeading);
    const department = departmentOf(cover, title ? departmentFromTitle(title) : null, departmentFromFileName(file));
    const fileYear = /(?:^|\D)(20\d{2})(?:\D|$)/.exec(path.basename(file));
    const year = (title ? yearFromTitle(title) : null) ?? (fileYear ? Number(fileYear[1]) : null) ?? mostFrequentYear(blocks);
    return { department, departmentKey: department ? departmentKey(department) : null, year, cover };
}
/** Cover fields naming the unit that hands the report in, most direct first. */
const UNIT_FIELD = /部门名称|单位名称|填报单位/;
/** Cover fields naming a project's doer and its owner: either may be the one handing it in. */
const DOER_FIELD = /实施单位|项目单位|预算单位/;
const OWNER_FIELD = /主管部门/;
/**
 * An organisation a cover value names: a value listing several (`某县卫生健康委员会及各基层医疗卫生机构`,
 * `某县林业局、各乡镇林业站`) names the first; placeholders name none.
 */
export function organisationIn(value) {
    const v = value.replace(/[（(](?:公章|盖章|签章)[）)]/g, '').trim();
    if (!v || isEmptyCoverValue(v))
        return null;
    // A list's joints: 、 or 及/和/以及 before 各 or 相关 (住房和城乡建设局 keeps its 和).
    const first = v.split(/、|，|,|(?:及|和|以及|与)(?=各|相关|有关|所属|下属)/)[0].trim();
    return first || null;
}
const sameOrganisation = (a, b) => {
    const ka = departmentKey(a);
    const kb = departmentKey(b);
    return ka === kb || a.endsWith(b) || b.endsWith(a);
};
/**
 * The department that hands the report in. The cover's unit name (部门名称, 单位名称) says so; a project
 * report's cover names its 主管部门 and its 实施单位, and the one the title or the file name also names is
 * the one handing it in (a hospital's own project, or a bureau's project done by its centre). Without an
 * agreement: the title, then the doer, then the file name, then the owner (a 人民政府 may own a bureau's project).
 */
function departmentOf(cover, fromTitle, fromFile) {
    const named = (re) => {
        for (const f of cover)
            if (re.test(f.name)) {
                const org = organisationIn(f.value);
                if (org)
                    return org;
            }
        return null;
    };
    const unit = named(UNIT_FIELD);
    if (unit)
        return unit;
    const doer = named(DOER_FIELD);
    const owner = named(OWNER_FIELD);
    for (const outside of [fromTitle, fromFile]) {
        const agreed = outside && [doer, owner].find((o) => o && sameOrganisation(o, outside));
        if (agreed)
            return agreed;
    }
    return fromTitle ?? doer ?? fromFile ?? owner;
}
