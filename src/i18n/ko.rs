//! The interface in Korean, written by hand, with the terms of the data's Korean texts.

use timeline_data::model::{ActorGroup, ProvenanceKind};

use super::UiText;
use crate::query::{sanitize_for_display as shown, Notice, MAX_TEXT_CHARS};

fn entries(count: usize) -> String {
    format!("항목 {count}개")
}

/// A notice about a link; what it quotes from the link is shortened and cleaned for showing.
fn notice(notice: &Notice) -> String {
    match notice {
        Notice::UnknownKind(kind) => format!("알 수 없는 사건 종류 “{}”는 무시했습니다.", shown(kind)),
        Notice::UnknownActor(actor) => format!("알 수 없는 관련 주체 “{}”는 무시했습니다.", shown(actor)),
        Notice::UnknownParameter(key) => format!("알 수 없는 매개변수 “{}”는 무시했습니다.", shown(key)),
        Notice::RepeatedParameter(key) => format!("링크에 “{key}”가 여러 번 있어 마지막 값을 썼습니다."),
        Notice::NotAYear { parameter, value } => {
            format!("“{parameter}={}”는 연도가 아니어서 무시했습니다.", shown(value))
        }
        Notice::ReversedYears { from, to } => {
            format!("연도의 앞뒤가 바뀌어 있어({from}년이 {to}년보다 뒤) {to}년부터 {from}년까지 보여 줍니다.")
        }
        Notice::TextTooLong => format!("검색어를 {MAX_TEXT_CHARS}자로 줄였습니다."),
        Notice::NotAFlag(value) => format!("“background={}”는 무시했습니다. 1 또는 0만 쓸 수 있습니다.", shown(value)),
        Notice::BrokenEscape => "링크의 잘못된 %-이스케이프는 글자 그대로 두었습니다.".to_owned(),
        Notice::InvalidUtf8 => "링크에서 올바른 글자가 아닌 바이트를 바꿨습니다.".to_owned(),
        Notice::More(count) => format!("링크의 다른 문제 {count}개는 무시했습니다."),
    }
}

pub static TEXT: UiText = UiText {
    site_name: "한반도 평화 연대표",
    question: "미국은 한국전쟁 종전을 선언해야 하는가?",
    lede: "1953년 7월 정전협정에서 2018년 6월 싱가포르 정상회담을 거쳐 2024년 간행물까지, 이 질문을 둘러싼 연대기.",
    about_the_sources: "모든 항목은 조셉 윤과 프랭크 엄의 말을 인용한 미국평화연구소(USIP) 기사와, 그와 관련된 \
                        2024년 간행물 네 편에서 나왔습니다. 인용문은 원문 그대로입니다. 각 항목은 날짜를 어떻게 \
                        알았는지 밝힙니다. 기사에 명시된 날짜인지, 기사의 표현에서 추론한 날짜인지, 출처와 함께 \
                        공개 기록에서 추가한 날짜인지입니다. 공개 기록에 따른 배경 사건은 원할 때 보여 줍니다. ",
    read_the_source: "원문 읽기",
    skip_to_timeline: "연대표로 건너뛰기",
    home_title: "한반도 평화 연대표: 1953년 정전협정부터 2024년까지",
    home_description: |count| {
        format!(
            "미국은 한국전쟁 종전을 선언해야 하는가? 이 질문 뒤에 있는 날짜가 밝혀진 사건 {count}개. 1953년 정전협정, \
             2018년 싱가포르 정상회담, 2024년 간행물까지 걸러 보고 링크할 수 있습니다."
        )
    },
    kind_description: |kind, count| {
        format!("1953년 한국전쟁 정전협정에서 2024년까지의 여정 가운데 ‘{kind}’ 항목 {count}개.")
    },
    not_found_title: "페이지를 찾을 수 없음",
    not_found_description: "이 주소에는 페이지가 없어 전체 연대표를 대신 보여 줍니다.",
    other_language: "이 페이지를 영어로 읽기",

    keyboard_shortcuts: "단축키",
    shortcuts_hint: "입력란에 글을 쓰는 중이 아니면 어디서나 쓸 수 있습니다.",
    next_entry: "다음 항목",
    previous_entry: "이전 항목",
    search_the_timeline: "연대표 검색",
    show_shortcuts: "단축키 보기",
    or: " 또는 ",
    close: "닫기",

    about_this_link: "이 링크에 대하여",
    unknown_entry: |slug| {
        format!("“{slug}”라는 항목은 없습니다. 링크가 잘못 입력됐거나 오래된 것일 수 있습니다. 아래에 전체 연대표가 있습니다.")
    },
    no_page_here: "이 주소에는 페이지가 없습니다. 아래에 전체 연대표가 있습니다.",
    no_page_at: |path| format!("“{path}”에는 페이지가 없습니다. 아래에 전체 연대표가 있습니다."),
    link_problems: "링크의 일부는 쓸 수 없었습니다:",
    notice,
    dismiss: "닫기",

    time_axis: "시간 축",
    entries_by_date: "날짜별 항목",
    years: "연도",
    hidden_by_filters: " (필터로 숨김)",
    no_entries_in_years: "항목 없는 기간 ",
    range_separator: "~",
    // The visible count must be a word of the name (WCAG 2.5.3): "10개" would not be "10".
    year_with_entries: |year, shown, total| {
        if shown == total {
            format!("{year}년: 항목 수 {total}")
        } else {
            format!("{year}년: 항목 수 {shown} (전체 {total})")
        }
    },

    filter_the_timeline: "연대표 필터",
    browse_by_kind: "사건 종류별로 보기",
    filters_need_javascript:
        "필터는 자바스크립트가 있어야 작동합니다. 다음 페이지는 자바스크립트 없이도 볼 수 있습니다:",
    all_entries: "전체 항목",
    search_label: "제목·요약·인용문 검색",
    kind_of_event: "사건 종류",
    who_was_involved: "관련 주체",
    actor_group: |group| match group {
        ActorGroup::Country => "국가",
        ActorGroup::Organisation => "기구",
        ActorGroup::Person => "인물",
    },
    selected: |count| format!(" ({count}개 선택)"),
    when: "기간",
    from_year: "시작 연도",
    to_year: "끝 연도",
    background_events: "배경 사건",
    show_background_events: "배경 사건 보기",
    background_hint: "기사와 관련 간행물이 전제로 삼는 사건들입니다. 날짜는 공개 기록에 따릅니다.",
    matching_of_total: |matching, total| format!("항목 {total}개 중 {matching}개"),
    entries,
    clear_all_filters: "필터 모두 지우기",
    download: |format| format!("{format} 내려받기"),
    filters: |active| if active == 0 { "필터".to_owned() } else { format!("필터 ({active})") },
    active_filters: "적용된 필터",
    remove_filter: |filter| format!("필터 빼기: {filter}"),
    from_year_chip: |year| format!("{year}년부터"),
    to_year_chip: |year| format!("{year}년까지"),
    close_filters: "필터 닫기",
    show_entries: |count| format!("{} 보기", entries(count)),

    people_in_this_story: "이 이야기 속 인물",
    people_hint: "인물을 고르면 그 인물이 관련된 항목을 볼 수 있습니다.",

    timeline: "연대표",
    years_later: |years| format!("{years}년 뒤"),
    no_entries_in: |year| format!("{year}년에는 항목이 없습니다"),
    no_entries_between: |first, last| format!("{first}~{last}년에는 항목이 없습니다"),
    no_match: "이 필터에 맞는 항목이 없습니다.",
    search_other_edition: "Search the English edition",
    showing_of: |shown, total| format!("항목 {total}개 중 {shown}개를 보여 줍니다."),
    show_more: "더 보기",
    show_earlier: "이전 항목 보기",

    provenance: |kind| match kind {
        ProvenanceKind::Stated => "기사에 명시된 날짜",
        ProvenanceKind::Inferred => "기사에서 추론한 날짜",
        ProvenanceKind::Added => "공개 기록에서 추가한 날짜",
    },
    provenance_badge: |kind| match kind {
        ProvenanceKind::Stated => "날짜 명시",
        ProvenanceKind::Inferred => "날짜 추론",
        ProvenanceKind::Added => "날짜 추가",
    },
    background_badge: "배경",
    the_articles_words: "기사의 표현",
    public_record: "공개 기록",
    introduction: "도입부",
    related_publication: "관련 간행물: ",
    part_of_the_article: "기사 속 위치",
    outside_filter: "링크가 가리키는 항목이라 보여 줍니다. 지금 필터로는 숨겨지는 항목입니다.",
    elements_in_words: |count, speaker| format!("{speaker}의 말로 본 {count}가지 요소"),
    involved: "관련 주체",
    related: "관련 항목",
    related_to: |title| format!("‘{title}’ 관련 항목"),
    translation: "번역",
    attribution: |speaker, with| match with {
        Some(with) => format!("— {speaker}·{with}"),
        None => format!("— {speaker}"),
    },
    copy_link: "링크 복사",
    share: "공유",
    link_copied: "링크를 복사했습니다",
    copy_refused: "복사가 막혔습니다. 이 링크를 직접 복사하세요:",
    open_full_timeline: "전체 연대표 열기",
    embed: "퍼가기",
    embed_this_view: "이 화면 퍼가기",
    embed_title: "연대표 퍼가기",
    embed_hint:
        "이 코드를 페이지에 붙여 넣으세요. 프레임에는 지금 이 화면이 나오고, 독자가 그 안에서 필터를 바꿀 수 있습니다.",
    embed_code: "퍼가기 코드",
    copy_code: "코드 복사",
    code_copied: "코드를 복사했습니다",
};
