'use strict';
// fundmatch web page: SME search, officer rankings with CSV export, admin uploads. No build step.
(function () {
  const $ = (s, el) => (el || document).querySelector(s);
  const $$ = (s, el) => Array.from((el || document).querySelectorAll(s));
  const STATUS = {ELIGIBLE: '符合条件', CHECK: '需核实', INELIGIBLE: '不符合'};
  const ENTITY = {ENTERPRISE: '企业', PUBLIC_INSTITUTION: '事业单位', SOCIAL_ORGANIZATION: '社会组织', RESEARCH_INSTITUTE: '科研院所',
    UNIVERSITY: '高等院校', MEDICAL_INSTITUTION: '医疗卫生机构', PUBLIC_SERVICE: '公共服务部门'};
  const KINDS = [['saved', '收藏'], ['applied', '已申报'], ['awarded', '已获资助'], ['not_relevant', '不相关']];
  const state = {me: null, lastProfile: null, ranking: [], area: null};

  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k === 'class') e.className = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const k of kids.flat()) if (k != null && k !== '') e.append(k instanceof Node ? k : String(k));
    return e;
  }
  function setStatus(id, text, error) { const s = $(id); s.textContent = text || ''; s.classList.toggle('error', !!error); }
  function region(r) { if (!r) return ''; const p = [r.province, r.city !== r.province ? r.city : null, r.district].filter(Boolean); return p.length ? p.join('') : '全国'; }

  async function api(path, opts) {
    opts = opts || {};
    const headers = Object.assign({'X-Requested-With': 'fundmatch-web'}, opts.headers || {});
    const method = (opts.method || 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') {
      // the session is protected against cross-site requests: state-changing calls echo the CSRF cookie
      const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
      if (m) headers['X-XSRF-TOKEN'] = decodeURIComponent(m[1]);
    }
    const res = await fetch(path, Object.assign({credentials: 'same-origin'}, opts, {headers}));
    if (!res.ok) {
      let msg = res.status + ' ' + res.statusText;
      try { const p = await res.json(); if (p.detail) msg = p.detail; } catch (e) { /* not JSON */ }
      const err = new Error(msg); err.status = res.status; throw err;
    }
    return res;
  }

  // ---------- tabs ----------
  function show(view) {
    $$('.tab').forEach(t => t.classList.toggle('active', t.dataset.view === view));
    $$('.view').forEach(v => v.classList.toggle('hidden', v.id !== 'view-' + view));
    location.hash = view;
  }
  $$('.tab').forEach(t => t.addEventListener('click', () => show(t.dataset.view)));

  // ---------- SME ----------
  function profileFromForm() {
    const f = $('#sme-form');
    const v = n => { const x = f.elements[n].value.trim(); return x === '' ? null : x; };
    const num = n => { const x = v(n); return x == null ? null : Number(x); };
    const p = {name: v('name'), specialization: v('specialization'), businessScope: v('businessScope'),
      entityType: v('entityType'), qualifications: $$('input[name=q]:checked', f).map(c => c.value),
      employees: num('employees'), foundedYear: num('foundedYear')};
    if (v('province') || v('city') || v('district')) p.region = {province: v('province'), city: v('city'), district: v('district')};
    return p;
  }

  function card(o, best) {
    const d = o.document || {};
    const e = o.eligibility || {status: 'CHECK', reasons: []};
    const x = o.explanation || {};
    const fb = el('div', {class: 'fb'}, KINDS.map(([k, label]) => el('button', {type: 'button', 'data-kind': k,
      onclick: ev => feedback(ev.currentTarget, o.areaId, k)}, label)));
    return el('li', {class: 'card', 'data-area': o.areaId},
      el('div', {class: 'rank'}, o.rank),
      el('div', {},
        el('div', {class: 'crumbs'}, (o.path || []).slice(0, -1).join(' › ')),
        el('h3', {}, o.title)),
      el('div', {class: 'doc'}, d.title || '', d.year ? '（' + d.year + '）' : '', ' · ', region(d.region),
        d.type ? el('span', {class: 'tag'}, d.type === 'PLAN' ? '规划' : '申报指南') : null,
        d.draft ? el('span', {class: 'tag draft'}, '征求意见稿') : null),
      el('div', {class: 'meta'},
        el('span', {class: 'badge ' + e.status}, STATUS[e.status] || e.status),
        o.deadline ? el('span', {}, '截止 ', el('strong', {}, o.deadline)) : null,
        o.supportAmount ? el('span', {class: 'amount'}, o.supportAmount) : null),
      e.reasons && e.reasons.length ? el('ul', {class: 'reasons'}, e.reasons.map(r => el('li', {}, r))) : null,
      el('div', {class: 'why'}, x.summary || ''),
      x.matchedTerms && x.matchedTerms.length ? el('div', {class: 'terms'}, x.matchedTerms.slice(0, 8).map(t => el('span', {}, t))) : null,
      (x.evidence || []).slice(0, 2).map(q => el('blockquote', {}, '“' + q + '”')),
      el('div', {class: 'score', title: '匹配度 ' + Number(o.score).toFixed(3)}, el('i', {style: 'width:' + Math.round(Math.max(0.04, Math.min(1, best > 0 ? o.score / best : 0)) * 100) + '%'})),
      fb);
  }

  async function feedback(button, areaId, kind) {
    const body = {areaId, kind, profile: state.lastProfile};
    try {
      await api('/api/v1/feedback', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
      button.classList.add('done'); button.textContent = '✓ ' + button.textContent.replace(/^✓ /, '');
    } catch (e) { setStatus('#sme-status', '反馈未保存：' + e.message, true); }
  }

  $('#sme-form').addEventListener('submit', async ev => {
    ev.preventDefault();
    const profile = profileFromForm();
    state.lastProfile = profile;
    setStatus('#sme-status', '正在匹配…');
    $('#cards').replaceChildren();
    try {
      const res = await api('/api/v1/recommendations', {method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({profile, top: Number($('#f-top').value), includeIneligible: $('#f-inel').checked})});
      const a = await res.json();
      const p = a.profile || {};
      $('#sme-profile').textContent = '识别结果：' + region(p.region) + (p.entityType ? ' · ' + (ENTITY[p.entityType] || p.entityType) : '') +
        (p.industryCode ? ' · 行业 ' + p.industryCode : '') + (p.qualifications && p.qualifications.length ? ' · ' + p.qualifications.join('、') : '');
      const best = Math.max(0, ...a.opportunities.map(o => o.score));
      $('#cards').replaceChildren(...a.opportunities.map(o => card(o, best)));
      setStatus('#sme-status', a.opportunities.length ? '找到 ' + a.opportunities.length + ' 个适合的资助方向（模型 ' + a.modelVersion + '）'
        : '暂未找到符合条件的资助方向，可勾选“同时列出不符合资格的方向”查看。');
    } catch (e) { setStatus('#sme-status', e.message, true); }
  });

  $('#sme-example').addEventListener('click', () => {
    const f = $('#sme-form').elements;
    f.name.value = '杭州视联智能检测技术有限公司'; f.province.value = '浙江省'; f.city.value = '杭州市'; f.district.value = '滨江区';
    f.specialization.value = '工业视觉检测设备与人工智能算法';
    f.businessScope.value = '人工智能应用软件开发；智能检测装备制造；工业互联网数据采集；软件开发；技术服务';
    $$('input[name=q]').forEach(c => { c.checked = c.value === '科技型中小企业'; });
  });

  // ---------- login ----------
  async function refreshMe() {
    const before = state.me ? state.me.username : null;
    try { state.me = await (await api('/api/v1/me')).json(); } catch (e) { state.me = null; }
    if ((state.me ? state.me.username : null) !== before) {
      // another account (or none): nothing of the previous one's rankings stays on the page
      state.ranking = []; state.area = null;
      $('#ranking tbody').replaceChildren(); $('#area-list').replaceChildren();
      $('#ranking-title').textContent = '企业排名'; $('#ranking-doc').textContent = '';
      $('#export-csv').disabled = true; setStatus('#officer-status', '');
    }
    const roles = state.me ? state.me.roles : [];
    const scope = state.me && state.me.jurisdiction && state.me.jurisdiction !== 'all' ? ' · ' + state.me.jurisdiction : '';
    $('#who').textContent = state.me ? state.me.username + (roles.includes('ADMIN') ? '（管理员）' : '（联络员）') + scope : '未登录';
    $('#logout').classList.toggle('hidden', !state.me);
    $('#officer-login-needed').classList.toggle('hidden', roles.includes('OFFICER'));
    $('#officer-main').classList.toggle('hidden', !roles.includes('OFFICER'));
    $('#admin-login-needed').classList.toggle('hidden', roles.includes('ADMIN'));
    $('#admin-main').classList.toggle('hidden', !roles.includes('ADMIN'));
    if (roles.includes('OFFICER') && !$('#area-list').children.length) searchAreas();
  }
  $('#login-form').addEventListener('submit', async ev => {
    ev.preventDefault();
    try {
      await api('/api/v1/session', {method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({username: $('#l-user').value, password: $('#l-pass').value})});
      $('#l-pass').value = '';
      setStatus('#login-status', '');
      await refreshMe();
    } catch (e) { setStatus('#login-status', e.status === 401 ? '账号或密码错误' : e.message, true); }
  });
  $('#logout').addEventListener('click', async () => {
    try { await api('/api/v1/session', {method: 'DELETE'}); } catch (e) { /* already signed out */ }
    refreshMe();
  });

  // ---------- officer ----------
  async function searchAreas(ev) {
    if (ev) ev.preventDefault();
    const q = new URLSearchParams({limit: 100});
    if ($('#a-q').value.trim()) q.set('q', $('#a-q').value.trim());
    if ($('#a-district').value.trim()) q.set('district', $('#a-district').value.trim());
    if ($('#a-type').value) q.set('type', $('#a-type').value);
    if ($('#a-kind').value) q.set('kind', $('#a-kind').value);
    try {
      const page = await (await api('/api/v1/areas?' + q)).json();
      $('#area-list').replaceChildren(...page.areas.map(a => el('li', {'data-area': a.areaId, onclick: () => rank(a)},
        a.title, el('small', {}, (a.kindLabel ? '〔' + a.kindLabel + '〕' : '') + (a.document ? a.document.title : '') + (a.deadline ? ' · 截止 ' + a.deadline : '')))));
      setStatus('#officer-status', '共 ' + page.total + ' 个支持方向' + (page.total > page.areas.length ? '，显示前 ' + page.areas.length + ' 个' : '') + '；点击左侧方向查看企业排名');
    } catch (e) { setStatus('#officer-status', e.message, true); }
  }
  $('#area-search').addEventListener('submit', searchAreas);

  async function rank(a) {
    state.area = a;
    $$('#area-list li').forEach(li => li.classList.toggle('sel', li.dataset.area === a.areaId));
    $('#ranking-title').textContent = a.title;
    $('#ranking-doc').textContent = a.document ? a.document.title : '';
    setStatus('#officer-status', '正在排名…');
    try {
      const r = await (await api('/api/v1/areas/' + encodeURIComponent(a.areaId) + '/enterprises?top=50&includeIneligible=true')).json();
      state.ranking = r.enterprises;
      renderRanking();
      $('#export-csv').disabled = false;
    } catch (e) { setStatus('#officer-status', e.message, true); }
  }
  function renderRanking() {
    const st = $('#flt-status').value, text = $('#flt-text').value.trim();
    const rows = state.ranking.filter(m => (!st || m.eligibility.status === st || (st === 'OK' && m.eligibility.status !== 'INELIGIBLE')) &&
      (!text || (m.enterprise.name + region(m.enterprise.region)).includes(text)));
    $('#ranking tbody').replaceChildren(...rows.map(m => el('tr', {},
      el('td', {class: 'num'}, m.rank),
      el('td', {}, m.enterprise.name, el('small', {}, m.enterprise.creditCode || '')),
      el('td', {}, region(m.enterprise.region)),
      el('td', {class: 'num'}, Number(m.score).toFixed(3)),
      el('td', {}, el('span', {class: 'badge ' + m.eligibility.status}, STATUS[m.eligibility.status]),
        m.eligibility.reasons.length ? el('small', {}, m.eligibility.reasons[0]) : null),
      el('td', {}, m.explanation ? m.explanation.summary : ''))));
    setStatus('#officer-status', '显示 ' + rows.length + ' / ' + state.ranking.length + ' 家企业');
    $('#officer-status').dataset.rankedArea = state.area ? state.area.areaId : '';
  }
  $('#flt-status').addEventListener('change', renderRanking);
  $('#flt-text').addEventListener('input', renderRanking);

  $('#export-csv').addEventListener('click', async () => {
    if (!state.area) return;
    try {
      const res = await api('/api/v1/areas/' + encodeURIComponent(state.area.areaId) + '/enterprises?top=200&includeIneligible=true', {headers: {Accept: 'text/csv'}});
      const blob = await res.blob();  // the bytes as sent, byte-order mark included (Excel needs it)
      const rows = (await blob.text()).split('\r\n').filter(Boolean).length - 1;
      const url = URL.createObjectURL(blob);
      const link = el('a', {href: url, download: 'fundmatch-' + state.area.title + '.csv'});
      document.body.append(link); link.click(); link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 5000);
      const s = $('#officer-status'); s.textContent = '已导出 CSV：' + rows + ' 行'; s.dataset.csvRows = rows;
    } catch (e) { setStatus('#officer-status', '导出失败：' + e.message, true); }
  });

  // ---------- admin ----------
  function reportTable(headers, rows) {
    return el('table', {}, el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
      el('tbody', {}, rows.map(r => el('tr', {}, r.map(c => el('td', {}, c == null ? '' : c))))));
  }
  async function upload(form, path, render) {
    const data = new FormData(form);
    setStatus('#admin-status', '正在处理…');
    try {
      const r = await (await api(path, {method: 'POST', body: data})).json();
      $('#admin-report').replaceChildren(render(r));
      setStatus('#admin-status', r.duplicate ? '该文件已收录（内容相同），未重复导入' : '完成');
      loadDocuments();
    } catch (e) { setStatus('#admin-status', e.message, true); $('#admin-report').replaceChildren(); }
  }
  $('#guide-upload').addEventListener('submit', ev => { ev.preventDefault(); upload(ev.target, '/api/v1/guides', r =>
    el('div', {class: 'report'}, el('p', {}, (r.document ? r.document.title : r.source) + '：识别出 ' + r.areaCount + ' 个支持方向（结构 ' + r.structure + '）'),
      (r.warnings || []).map(w => el('p', {class: 'muted'}, w)),
      reportTable(['方向', '路径', '截止', '额度'], r.areas.map(a => [a.title, a.path.slice(0, -1).join(' › '), a.deadline, a.supportAmount])))); });
  $('#registry-upload').addEventListener('submit', ev => { ev.preventDefault(); upload(ev.target, '/api/v1/enterprises', r =>
    el('div', {class: 'report'}, el('p', {}, '导入 ' + (r.profiles || []).length + ' 家企业' +
      (r.read != null ? '（读取 ' + r.read + ' 行，拒绝 ' + r.rejected + ' 行，修正 ' + r.corrected + ' 行）' : '') + '；问题 ' + (r.issues || []).length + ' 条'),
      r.registration === 'EMBEDDING' ? el('p', {}, '已保存；正在后台计算这些企业的向量，完成后即可检索和匹配（进度见 /api/v1/admin/registry-files/pending）') : '',
      reportTable(['行', '处理', '说明'], (r.issues || []).slice(0, 200).map(i => [i.line, {REJECTED: '拒绝', CORRECTED: '修正', MERGED: '合并', FILE: '文件'}[i.kind] || i.kind, i.reason])))); });

  // ---------- admin: stored documents and registry enterprises ----------
  const RECORD_STATUS = {ACTIVE: '有效', REPLACED: '已替换', WITHDRAWN: '已撤回'};
  const when = t => (t || '').slice(0, 16).replace('T', ' ');
  async function loadDocuments() {
    try {
      const r = await (await api('/api/v1/admin/documents')).json();
      $('#doc-list').replaceChildren(reportTable(['文件', '标题', '状态', '方向', '上传人', '时间', ''],
        r.versions.map(v => [v.fileName, v.title, RECORD_STATUS[v.status] || v.status, v.areaCount, v.uploadedBy, when(v.uploadedAt),
          v.status === 'ACTIVE' ? el('button', {class: 'small', type: 'button', onclick: () => withdraw('/api/v1/admin/documents/' + encodeURIComponent(v.documentId), v.title, loadDocuments)}, '撤回') : ''])));
      setStatus('#records-status', '');
    } catch (e) { setStatus('#records-status', e.message, true); }
  }
  async function searchEnterprises(ev) {
    if (ev) ev.preventDefault();
    try {
      const r = await (await api('/api/v1/admin/enterprises?limit=100&q=' + encodeURIComponent($('#ent-q').value))).json();
      $('#ent-list').replaceChildren(reportTable(['企业', '编号', '状态', '来源文件', '行', '更新', ''],
        r.enterprises.map(e => [e.name, e.id, RECORD_STATUS[e.status] || e.status, e.fileName, e.sourceRow, when(e.updatedAt),
          e.status === 'ACTIVE' ? el('button', {class: 'small', type: 'button', onclick: () => withdraw('/api/v1/admin/enterprises/' + encodeURIComponent(e.id), e.name, searchEnterprises)}, '撤回') : ''])));
      setStatus('#records-status', '');
    } catch (e) { setStatus('#records-status', e.message, true); }
  }
  async function withdraw(path, what, reload) {
    if (!confirm('撤回“' + what + '”？撤回后立即不再出现在推荐中。')) return;
    try { await api(path, {method: 'DELETE'}); setStatus('#records-status', '已撤回：' + what); reload(); }
    catch (e) { setStatus('#records-status', e.message, true); }
  }
  // ---------- admin: accounts ----------
  async function loadAccounts() {
    try {
      const list = await (await api('/api/v1/admin/accounts')).json();
      $('#acc-list').replaceChildren(reportTable(['账号', '角色', '辖区', '状态', ''],
        list.map(a => [a.username, a.roles.map(r => r === 'ADMIN' ? '管理员' : '联络员').join('、'),
          a.jurisdictionNames === 'all' ? '全部' : a.jurisdictionNames, a.enabled ? '启用' : '已停用',
          state.me && a.username === state.me.username ? '' : el('button', {class: 'small', type: 'button',
            onclick: () => setEnabled(a.username, !a.enabled)}, a.enabled ? '停用' : '启用')])));
    } catch (e) { setStatus('#acc-status', e.message, true); }
  }
  async function setEnabled(username, enabled) {
    try {
      await api('/api/v1/admin/accounts/' + encodeURIComponent(username), {method: 'PATCH',
        headers: {'Content-Type': 'application/json'}, body: JSON.stringify({enabled})});
      setStatus('#acc-status', (enabled ? '已启用：' : '已停用：') + username); loadAccounts();
    } catch (e) { setStatus('#acc-status', e.message, true); }
  }
  $('#acc-form').addEventListener('submit', async ev => {
    ev.preventDefault();
    try {
      const a = await (await api('/api/v1/admin/accounts', {method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({username: $('#acc-user').value, password: $('#acc-pass').value,
          roles: [$('#acc-role').value], jurisdiction: $('#acc-region').value})})).json();
      $('#acc-pass').value = '';
      setStatus('#acc-status', '已创建：' + a.username + '（' + (a.jurisdictionNames === 'all' ? '全部' : a.jurisdictionNames) + '）');
      loadAccounts();
    } catch (e) { setStatus('#acc-status', e.message, true); }
  });
  $('#acc-refresh').addEventListener('click', loadAccounts);

  $('#docs-refresh').addEventListener('click', loadDocuments);
  $('#ent-search').addEventListener('submit', searchEnterprises);
  $('#tab-admin').addEventListener('click', () => { if (state.me && (state.me.roles || []).includes('ADMIN')) { loadDocuments(); loadAccounts(); } });

  // ---------- start ----------
  const start = (location.hash || '#sme').slice(1);
  show(['sme', 'officer', 'admin'].includes(start) ? start : 'sme');
  refreshMe();
})();
