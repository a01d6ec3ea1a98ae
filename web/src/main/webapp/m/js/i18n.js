// The app's words, zh-CN first, English on the switch. The choice is kept on the device.
const WORDS = {
    'zh-CN': {
        app: '阳湖N警', signIn: '登录', signOut: '退出登录', username: '用户名', password: '密码', otp: '动态验证码（6位）',
        otpNeeded: '请输入身份验证器上的6位动态码', signInAgain: '登录已过期，请重新登录后继续发送',
        today: '今日', tip: '上报线索', tips: '我的线索', shifts: '我的排班', log: '巡逻日志', points: '我的积分',
        notices: '通知', more: '更多',
        nextShift: '下一个排班', noShift: '近期没有排班', checkIn: '签到', checkOut: '签退', checkedIn: '已签到',
        checkedOut: '已签退', checkInOpensAt: '{0} 开始签到', signedUp: '已报名', signUp: '报名', cancelSignUp: '取消报名',
        cancelled: '已取消', locating: '正在获取位置…', noFix: '未获取到位置，不带位置发送',
        category: '类别', place: '地点', description: '情况描述', photo: '照片（可选）', position: '位置',
        usePosition: '附上手机位置', send: '发送', waiting: '等待发送 ({0})', allSent: '全部已发送',
        stateWaiting: '等待发送', stateSending: '正在发送', stateSent: '已发送', stateRefused: '被拒绝', remove: '移除',
        queued: '已存入待发送，有网络时自动发送', offline: '离线', online: '在线',
        SUSPICIOUS_PERSON: '可疑人员', SUSPICIOUS_VEHICLE: '可疑车辆', SAFETY_HAZARD: '安全隐患', DISPUTE: '矛盾纠纷',
        FRAUD_LEAD: '涉诈线索', OTHER: '其他',
        NEW: '待研判', DISMISSED: '不予处理', RESOLVED: '已处置', CASE_OPENED: '已立案', HANDED_OVER: '已移交',
        feedback: '反馈', noTips: '还没有上报过线索', route: '巡逻路线', findings: '发现情况', save: '保存',
        noCheckedIn: '签到后可以写巡逻日志', total: '总积分', certificate: '下载志愿服务证明', noAwards: '暂无积分记录',
        noNotices: '暂无通知', live: '实时接收中', notLive: '未连接（离线时不接收）', loadFailed: '加载失败：{0}',
        needsNetwork: '需要网络', required: '请填写{0}', photoTooBig: '照片压缩后仍超过 1 MB', sentLate: '延迟送达',
        hours: '{0} 小时', language: 'English', queue: '待发送', kindTip: '线索', kindCheckIn: '签到', kindCheckOut: '签退',
        kindLog: '巡逻日志', kindSignUp: '报名', kindCancel: '取消报名', signInFailed: '登录失败：{0}',
        help: '上门劝阻请求', deadline: '截止', helpGOING: '我去', helpDISSUADED: '已劝阻', helpNOBODY_HOME: '无人在家',
        kindHelp: '上门劝阻'
    },
    en: {
        app: 'Yanghu Patrol', signIn: 'Sign in', signOut: 'Sign out', username: 'Username', password: 'Password',
        otp: 'Authenticator code (6 digits)', otpNeeded: 'Enter the 6-digit code your authenticator app shows',
        signInAgain: 'Your sign-in expired: sign in again to go on sending',
        today: 'Today', tip: 'Send a tip', tips: 'My tips', shifts: 'My shifts', log: 'Patrol log', points: 'My points',
        notices: 'Notifications', more: 'More',
        nextShift: 'Next shift', noShift: 'No shift coming up', checkIn: 'Check in', checkOut: 'Check out', checkedIn: 'Checked in',
        checkedOut: 'Checked out', checkInOpensAt: 'Check-in opens at {0}', signedUp: 'Signed up', signUp: 'Sign up',
        cancelSignUp: 'Cancel sign-up', cancelled: 'Cancelled', locating: 'Finding your position…',
        noFix: 'No position: sent without it',
        category: 'Category', place: 'Place', description: 'What you saw', photo: 'Photo (optional)', position: 'Position',
        usePosition: 'Add the phone\'s position', send: 'Send', waiting: 'waiting to send ({0})', allSent: 'All sent',
        stateWaiting: 'waiting', stateSending: 'sending', stateSent: 'sent', stateRefused: 'refused', remove: 'Remove',
        queued: 'Kept on the phone: sent when there is a network', offline: 'Offline',
        online: 'Online',
        SUSPICIOUS_PERSON: 'Suspicious person', SUSPICIOUS_VEHICLE: 'Suspicious vehicle', SAFETY_HAZARD: 'Safety hazard',
        DISPUTE: 'Dispute', FRAUD_LEAD: 'Fraud lead', OTHER: 'Other',
        NEW: 'Waiting', DISMISSED: 'Dismissed', RESOLVED: 'Dealt with', CASE_OPENED: 'Case opened', HANDED_OVER: 'Handed over',
        feedback: 'Feedback', noTips: 'No tips sent yet', route: 'Route', findings: 'What you found', save: 'Save',
        noCheckedIn: 'Check in to write the patrol log', total: 'Total points', certificate: 'Download the certificate',
        noAwards: 'No points yet', noNotices: 'No notifications', live: 'Live', notLive: 'Not connected (offline)',
        loadFailed: 'Could not load: {0}', needsNetwork: 'Needs a network', required: 'Fill in {0}',
        photoTooBig: 'The photo is still over 1 MB', sentLate: 'sent late', hours: '{0} hours', language: '中文',
        queue: 'Outbox', kindTip: 'Tip', kindCheckIn: 'Check-in', kindCheckOut: 'Check-out', kindLog: 'Patrol log',
        kindSignUp: 'Sign-up', kindCancel: 'Cancel sign-up', signInFailed: 'Sign-in failed: {0}',
        help: 'Calls for door-to-door help', deadline: 'Until', helpGOING: 'I am going', helpDISSUADED: 'Dissuaded',
        helpNOBODY_HOME: 'Nobody home', kindHelp: 'Door-to-door help'
    }
};

let lang = localStorage.getItem('m.lang') === 'en' ? 'en' : 'zh-CN';

export function language() {
    return lang;
}

export function setLanguage(value) {
    lang = value === 'en' ? 'en' : 'zh-CN';
    localStorage.setItem('m.lang', lang);
    document.documentElement.lang = lang;
}

/** The word for a key, {0}, {1}… filled in; an unknown key shows itself (never an empty button). */
export function t(key, ...args) {
    const text = WORDS[lang][key] ?? WORDS['zh-CN'][key] ?? key;
    return text.replace(/\{(\d)\}/g, (m, i) => String(args[Number(i)] ?? ''));
}

/** A time as the phone's person reads it, in Beijing time (the bureau's clock). */
export function time(iso, withDay = true) {
    if (!iso) {
        return '';
    }
    const options = { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' };
    if (withDay) {
        Object.assign(options, { month: 'numeric', day: 'numeric' });
    }
    return new Intl.DateTimeFormat(lang, options).format(new Date(iso));
}
