import type { ActionType, ItemResult, Priority, WorkStatus } from '../domain/assessments';
import type { ReportOptions } from './assessment-report';

/** The fixed text of a checklist report, in the seven languages a report can be written in. */

export type ReportLanguage = ReportOptions['language'];
export const REPORT_LANGUAGES: readonly ReportLanguage[] = [
  'en',
  'fr',
  'es',
  'ar',
  'ru',
  'zh',
  'vi',
];

type LawPractice = 'yes' | 'partly' | 'no' | 'unknown';
type ElementStateName = 'met' | 'not-met' | 'unclear' | 'unset';

export interface ReportText {
  /** Name of the language in itself, for menus. */
  languageName: string;
  reportTitle: string;
  instrument: string;
  cover: {
    country: string;
    checklist: string;
    assessmentDate: string;
    assessors: string;
    organisation: string;
    /** {date} */
    generatedOn: string;
    logo: string;
  };
  /** {page} and {pages} */
  page: string;
  sections: { summary: string; charts: string; actionPlan: string; details: string };
  summary: {
    keyFigures: string;
    findings: string;
    items: string;
    completion: string;
    score: string;
    overdueActions: string;
    byResult: string;
    gapsByPriority: string;
    count: string;
    share: string;
    /** {items} {completion} */
    overview: string;
    /** {score} */
    scoreSentence: string;
    noScore: string;
    /** {gaps} {high} */
    gaps: string;
    noGaps: string;
    /** {overdue} */
    overdue: string;
    /** {chapter} {title} {score} */
    lowestChapter: string;
    /** {chapter} {title} {score} */
    highestChapter: string;
    /** {filters} */
    filtersApplied: string;
  };
  charts: { note: string; legend: string; total: string };
  plan: { note: string; noAgency: string; noActions: string };
  details: {
    /** {count} {actor} {date} */
    history: string;
    noHistory: string;
    retired: string;
    noItems: string;
  };
  labels: {
    article: string;
    paragraph: string;
    articleTitle: string;
    chapter: string;
    provision: string;
    provisionId: string;
    provisionText: string;
    level: string;
    result: string;
    status: string;
    inLaw: string;
    inPractice: string;
    citations: string;
    act: string;
    section: string;
    year: string;
    link: string;
    evidence: string;
    actionType: string;
    action: string;
    priority: string;
    agency: string;
    targetDate: string;
    overdue: string;
    elements: string;
    element: string;
    elementsSummary: string;
    nationalText: string;
    history: string;
    changes: string;
    lastChangedBy: string;
    lastChangedAt: string;
    yes: string;
    no: string;
    notSpecified: string;
  };
  /** "{number}" is the chapter number. */
  chapterRef: string;
  /** "{number}" and "{paragraph}" (already formatted as "(1)(a)"). */
  articleRef: string;
  results: Record<ItemResult, string>;
  statuses: Record<WorkStatus, string>;
  priorities: Record<Priority | 'unset', string>;
  actionTypes: Record<ActionType, string>;
  lawPractice: Record<LawPractice, string>;
  elementStates: Record<ElementStateName, string>;
  levels: Record<'mandatory' | 'optional', string>;
  sheets: { items: string; summary: string; actionPlan: string };
}

const en: ReportText = {
  languageName: 'English',
  reportTitle: 'Implementation checklist report',
  instrument: 'United Nations Convention against Cybercrime',
  cover: {
    country: 'Country',
    checklist: 'Checklist',
    assessmentDate: 'Assessment date',
    assessors: 'Assessors',
    organisation: 'Organisation',
    generatedOn: 'Generated on {date}',
    logo: 'Logo',
  },
  page: 'Page {page} of {pages}',
  sections: {
    summary: 'Executive summary',
    charts: 'Results by chapter',
    actionPlan: 'Prioritised action plan',
    details: 'Items in detail',
  },
  summary: {
    keyFigures: 'Key figures',
    findings: 'Main findings',
    items: 'Items',
    completion: 'Completion',
    score: 'Implementation score',
    overdueActions: 'Overdue actions',
    byResult: 'Items by result',
    gapsByPriority: 'Gaps by priority',
    count: 'Number',
    share: 'Share',
    overview:
      'This report covers {items} checklist items; {completion} of them have been assessed.',
    scoreSentence:
      'The implementation score is {score}: implemented items count in full and partially implemented items count for half, out of all applicable items assessed.',
    noScore: 'No applicable item has been assessed yet, so no implementation score can be given.',
    gaps: 'The number of gaps identified is {gaps}, including {high} of high priority.',
    noGaps: 'No gaps have been identified among the items assessed.',
    overdue: 'The number of actions past their target date is {overdue}.',
    lowestChapter: 'The lowest-scoring chapter is {chapter} ({title}), at {score}.',
    highestChapter: 'The highest-scoring chapter is {chapter} ({title}), at {score}.',
    filtersApplied:
      'Filters were applied: this report covers only the items matching the following criteria: {filters}.',
  },
  charts: {
    note: "Each bar shows the items of one chapter by result; the figure at the end of the bar is the chapter's implementation score.",
    legend: 'Legend',
    total: 'All chapters',
  },
  plan: {
    note: 'Gaps and partially implemented items, grouped by responsible agency and ordered by priority, then by target date.',
    noAgency: 'No responsible agency assigned',
    noActions: 'No gaps or partially implemented items require action.',
  },
  details: {
    history: 'Changes recorded: {count}; the last by {actor} on {date}.',
    noHistory: 'No changes recorded.',
    retired: 'This provision is no longer in the current content pack.',
    noItems: 'No items match this report.',
  },
  labels: {
    article: 'Article',
    paragraph: 'Paragraph',
    articleTitle: 'Article title',
    chapter: 'Chapter',
    provision: 'Provision',
    provisionId: 'Provision ID',
    provisionText: 'Provision text',
    level: 'Obligation',
    result: 'Result',
    status: 'Work status',
    inLaw: 'In law',
    inPractice: 'In practice',
    citations: 'National law references',
    act: 'Act',
    section: 'Section',
    year: 'Year',
    link: 'Link',
    evidence: 'Evidence and notes',
    actionType: 'Action type',
    action: 'Recommended action',
    priority: 'Priority',
    agency: 'Responsible agency',
    targetDate: 'Target date',
    overdue: 'Overdue',
    elements: 'Elements',
    element: 'Element',
    elementsSummary: 'Elements summary',
    nationalText: 'National text',
    history: 'History',
    changes: 'Changes',
    lastChangedBy: 'Last changed by',
    lastChangedAt: 'Last changed on',
    yes: 'Yes',
    no: 'No',
    notSpecified: 'Not specified',
  },
  chapterRef: 'Chapter {number}',
  articleRef: 'Article {number}{paragraph}',
  results: {
    implemented: 'Implemented',
    partial: 'Partially implemented',
    gap: 'Gap',
    'not-applicable': 'Not applicable',
    'not-assessed': 'Not assessed',
  },
  statuses: {
    'to-do': 'To do',
    'in-progress': 'In progress',
    'in-review': 'In review',
    done: 'Done',
  },
  priorities: { high: 'High', medium: 'Medium', low: 'Low', unset: 'Not set' },
  actionTypes: {
    amend: 'Amend existing law',
    'new-law': 'New legislation',
    regulation: 'Regulation',
    institutional: 'Institutional measure',
    training: 'Training',
  },
  lawPractice: { yes: 'Yes', partly: 'Partly', no: 'No', unknown: 'Unknown' },
  elementStates: { met: 'Met', 'not-met': 'Not met', unclear: 'Unclear', unset: 'Not assessed' },
  levels: { mandatory: 'Mandatory', optional: 'Optional' },
  sheets: { items: 'Items', summary: 'Summary', actionPlan: 'Action plan' },
};

const fr: ReportText = {
  languageName: 'Français',
  reportTitle: 'Rapport sur la liste de contrôle de la mise en œuvre',
  instrument: 'Convention des Nations Unies contre la cybercriminalité',
  cover: {
    country: 'Pays',
    checklist: 'Liste de contrôle',
    assessmentDate: "Date de l'évaluation",
    assessors: 'Évaluateurs',
    organisation: 'Organisation',
    generatedOn: 'Généré le {date}',
    logo: 'Logo',
  },
  page: 'Page {page} sur {pages}',
  sections: {
    summary: 'Résumé analytique',
    charts: 'Résultats par chapitre',
    actionPlan: "Plan d'action par ordre de priorité",
    details: 'Détail des points',
  },
  summary: {
    keyFigures: 'Chiffres clés',
    findings: 'Principales constatations',
    items: 'Points',
    completion: "Taux d'achèvement",
    score: 'Indice de mise en œuvre',
    overdueActions: 'Mesures en retard',
    byResult: 'Points par résultat',
    gapsByPriority: 'Lacunes par priorité',
    count: 'Nombre',
    share: 'Part',
    overview:
      'Le présent rapport porte sur {items} points de la liste de contrôle, dont {completion} ont été évalués.',
    scoreSentence:
      "L'indice de mise en œuvre s'établit à {score} : les points mis en œuvre comptent pleinement et ceux partiellement mis en œuvre pour moitié, sur l'ensemble des points applicables évalués.",
    noScore:
      "Aucun point applicable n'a encore été évalué ; l'indice de mise en œuvre ne peut donc pas être calculé.",
    gaps: "Le nombre de lacunes relevées s'élève à {gaps}, dont {high} de priorité élevée.",
    noGaps: "Aucune lacune n'a été relevée parmi les points évalués.",
    overdue: "Le nombre de mesures dont la date cible est dépassée s'élève à {overdue}.",
    lowestChapter: "L'indice le plus faible est celui du {chapter} ({title}) : {score}.",
    highestChapter: "L'indice le plus élevé est celui du {chapter} ({title}) : {score}.",
    filtersApplied:
      'Des filtres ont été appliqués : le présent rapport ne porte que sur les points répondant aux critères suivants : {filters}.',
  },
  charts: {
    note: "Chaque barre représente les points d'un chapitre, ventilés par résultat ; le chiffre en fin de barre indique l'indice de mise en œuvre du chapitre.",
    legend: 'Légende',
    total: 'Ensemble des chapitres',
  },
  plan: {
    note: 'Lacunes et points partiellement mis en œuvre, regroupés par organisme responsable et classés par priorité, puis par date cible.',
    noAgency: 'Aucun organisme responsable désigné',
    noActions: "Aucune lacune ni mise en œuvre partielle n'appelle de mesure.",
  },
  details: {
    history: 'Modifications enregistrées : {count} ; la dernière par {actor} le {date}.',
    noHistory: 'Aucune modification enregistrée.',
    retired: 'Cette disposition ne figure plus dans le module de contenu actuel.',
    noItems: 'Aucun point ne correspond à ce rapport.',
  },
  labels: {
    article: 'Article',
    paragraph: 'Paragraphe',
    articleTitle: "Titre de l'article",
    chapter: 'Chapitre',
    provision: 'Disposition',
    provisionId: 'Identifiant de la disposition',
    provisionText: 'Texte de la disposition',
    level: "Nature de l'obligation",
    result: 'Résultat',
    status: "État d'avancement",
    inLaw: 'Dans la loi',
    inPractice: 'Dans la pratique',
    citations: 'Références au droit national',
    act: 'Texte',
    section: 'Article ou section',
    year: 'Année',
    link: 'Lien',
    evidence: 'Éléments de preuve et notes',
    actionType: 'Type de mesure',
    action: 'Mesure recommandée',
    priority: 'Priorité',
    agency: 'Organisme responsable',
    targetDate: 'Date cible',
    overdue: 'En retard',
    elements: 'Éléments constitutifs',
    element: 'Élément',
    elementsSummary: 'Synthèse des éléments',
    nationalText: 'Texte national',
    history: 'Historique',
    changes: 'Modifications',
    lastChangedBy: 'Dernière modification par',
    lastChangedAt: 'Date de la dernière modification',
    yes: 'Oui',
    no: 'Non',
    notSpecified: 'Non précisé',
  },
  chapterRef: 'Chapitre {number}',
  articleRef: 'Article {number}{paragraph}',
  results: {
    implemented: 'Mise en œuvre',
    partial: 'Partiellement mise en œuvre',
    gap: 'Lacune',
    'not-applicable': 'Sans objet',
    'not-assessed': 'Non évalué',
  },
  statuses: {
    'to-do': 'À faire',
    'in-progress': 'En cours',
    'in-review': 'En relecture',
    done: 'Terminé',
  },
  priorities: { high: 'Élevée', medium: 'Moyenne', low: 'Faible', unset: 'Non définie' },
  actionTypes: {
    amend: 'Modification de la loi existante',
    'new-law': 'Nouvelle loi',
    regulation: 'Réglementation',
    institutional: 'Mesure institutionnelle',
    training: 'Formation',
  },
  lawPractice: { yes: 'Oui', partly: 'En partie', no: 'Non', unknown: 'Inconnu' },
  elementStates: {
    met: 'Rempli',
    'not-met': 'Non rempli',
    unclear: 'Incertain',
    unset: 'Non évalué',
  },
  levels: { mandatory: 'Obligatoire', optional: 'Facultative' },
  sheets: { items: 'Points', summary: 'Synthèse', actionPlan: "Plan d'action" },
};

const es: ReportText = {
  languageName: 'Español',
  reportTitle: 'Informe de la lista de verificación de la aplicación',
  instrument: 'Convención de las Naciones Unidas contra la Ciberdelincuencia',
  cover: {
    country: 'País',
    checklist: 'Lista de verificación',
    assessmentDate: 'Fecha de la evaluación',
    assessors: 'Evaluadores',
    organisation: 'Organización',
    generatedOn: 'Generado el {date}',
    logo: 'Logotipo',
  },
  page: 'Página {page} de {pages}',
  sections: {
    summary: 'Resumen ejecutivo',
    charts: 'Resultados por capítulo',
    actionPlan: 'Plan de acción por prioridades',
    details: 'Detalle de los ítems',
  },
  summary: {
    keyFigures: 'Cifras clave',
    findings: 'Principales conclusiones',
    items: 'Ítems',
    completion: 'Grado de avance',
    score: 'Índice de aplicación',
    overdueActions: 'Medidas vencidas',
    byResult: 'Ítems por resultado',
    gapsByPriority: 'Lagunas por prioridad',
    count: 'Número',
    share: 'Proporción',
    overview:
      'El presente informe abarca {items} ítems de la lista de verificación, de los cuales se ha evaluado el {completion}.',
    scoreSentence:
      'El índice de aplicación es del {score}: los ítems aplicados cuentan en su totalidad y los aplicados parcialmente cuentan la mitad, sobre el total de ítems aplicables evaluados.',
    noScore:
      'Aún no se ha evaluado ningún ítem aplicable, por lo que no es posible calcular el índice de aplicación.',
    gaps: 'El número de lagunas detectadas asciende a {gaps}, incluidas {high} de prioridad alta.',
    noGaps: 'No se han detectado lagunas entre los ítems evaluados.',
    overdue: 'El número de medidas cuya fecha prevista ya ha vencido asciende a {overdue}.',
    lowestChapter: 'El capítulo con el índice más bajo es el {chapter} ({title}), con un {score}.',
    highestChapter: 'El capítulo con el índice más alto es el {chapter} ({title}), con un {score}.',
    filtersApplied:
      'Se aplicaron filtros: este informe abarca únicamente los ítems que cumplen los siguientes criterios: {filters}.',
  },
  charts: {
    note: 'Cada barra representa los ítems de un capítulo desglosados por resultado; la cifra al final de la barra es el índice de aplicación del capítulo.',
    legend: 'Leyenda',
    total: 'Todos los capítulos',
  },
  plan: {
    note: 'Lagunas e ítems aplicados parcialmente, agrupados por organismo responsable y ordenados por prioridad y, a continuación, por fecha prevista.',
    noAgency: 'Sin organismo responsable asignado',
    noActions: 'No hay lagunas ni ítems aplicados parcialmente que requieran medidas.',
  },
  details: {
    history: 'Cambios registrados: {count}; el último, por {actor}, el {date}.',
    noHistory: 'No se registraron cambios.',
    retired: 'Esta disposición ya no figura en el paquete de contenido actual.',
    noItems: 'Ningún ítem corresponde a este informe.',
  },
  labels: {
    article: 'Artículo',
    paragraph: 'Párrafo',
    articleTitle: 'Título del artículo',
    chapter: 'Capítulo',
    provision: 'Disposición',
    provisionId: 'Identificador de la disposición',
    provisionText: 'Texto de la disposición',
    level: 'Tipo de obligación',
    result: 'Resultado',
    status: 'Estado de los trabajos',
    inLaw: 'En la ley',
    inPractice: 'En la práctica',
    citations: 'Referencias a la legislación nacional',
    act: 'Ley',
    section: 'Artículo o sección',
    year: 'Año',
    link: 'Enlace',
    evidence: 'Pruebas y notas',
    actionType: 'Tipo de medida',
    action: 'Medida recomendada',
    priority: 'Prioridad',
    agency: 'Organismo responsable',
    targetDate: 'Fecha prevista',
    overdue: 'Vencida',
    elements: 'Elementos',
    element: 'Elemento',
    elementsSummary: 'Resumen de los elementos',
    nationalText: 'Texto nacional',
    history: 'Historial',
    changes: 'Cambios',
    lastChangedBy: 'Último cambio por',
    lastChangedAt: 'Fecha del último cambio',
    yes: 'Sí',
    no: 'No',
    notSpecified: 'Sin especificar',
  },
  chapterRef: 'Capítulo {number}',
  articleRef: 'Artículo {number}{paragraph}',
  results: {
    implemented: 'Aplicado',
    partial: 'Aplicado parcialmente',
    gap: 'Laguna',
    'not-applicable': 'No aplicable',
    'not-assessed': 'No evaluado',
  },
  statuses: {
    'to-do': 'Pendiente',
    'in-progress': 'En curso',
    'in-review': 'En revisión',
    done: 'Terminado',
  },
  priorities: { high: 'Alta', medium: 'Media', low: 'Baja', unset: 'Sin definir' },
  actionTypes: {
    amend: 'Reforma de la ley vigente',
    'new-law': 'Nueva ley',
    regulation: 'Reglamentación',
    institutional: 'Medida institucional',
    training: 'Capacitación',
  },
  lawPractice: { yes: 'Sí', partly: 'En parte', no: 'No', unknown: 'Desconocido' },
  elementStates: {
    met: 'Cumplido',
    'not-met': 'No cumplido',
    unclear: 'Dudoso',
    unset: 'No evaluado',
  },
  levels: { mandatory: 'Obligatoria', optional: 'Facultativa' },
  sheets: { items: 'Ítems', summary: 'Resumen', actionPlan: 'Plan de acción' },
};

const ar: ReportText = {
  languageName: 'العربية',
  reportTitle: 'تقرير قائمة التحقق من التنفيذ',
  instrument: 'اتفاقية الأمم المتحدة لمكافحة الجرائم السيبرانية',
  cover: {
    country: 'البلد',
    checklist: 'قائمة التحقق',
    assessmentDate: 'تاريخ التقييم',
    assessors: 'المقيِّمون',
    organisation: 'الجهة',
    generatedOn: 'أُنشئ في {date}',
    logo: 'الشعار',
  },
  page: 'الصفحة {page} من {pages}',
  sections: {
    summary: 'الملخص التنفيذي',
    charts: 'النتائج حسب الفصل',
    actionPlan: 'خطة العمل حسب الأولوية',
    details: 'تفاصيل البنود',
  },
  summary: {
    keyFigures: 'أرقام رئيسية',
    findings: 'النتائج الرئيسية',
    items: 'البنود',
    completion: 'نسبة الإنجاز',
    score: 'مؤشر التنفيذ',
    overdueActions: 'الإجراءات المتأخرة',
    byResult: 'البنود حسب النتيجة',
    gapsByPriority: 'الثغرات حسب الأولوية',
    count: 'العدد',
    share: 'النسبة',
    overview:
      'عدد بنود قائمة التحقق التي يتناولها هذا التقرير: {items}، وقد جرى تقييم {completion} منها.',
    scoreSentence:
      'يبلغ مؤشر التنفيذ {score}، إذ تُحتسب البنود المنفَّذة بالكامل وتُحتسب البنود المنفَّذة جزئياً بنصف قيمتها، من مجموع البنود المنطبقة التي جرى تقييمها.',
    noScore: 'لم يُقيَّم أي بند منطبق بعد، ولذلك لا يمكن حساب مؤشر التنفيذ.',
    gaps: 'بلغ عدد الثغرات المحدَّدة {gaps}، منها {high} ذات أولوية عالية.',
    noGaps: 'لم تُحدَّد أي ثغرات في البنود التي جرى تقييمها.',
    overdue: 'بلغ عدد الإجراءات التي تجاوزت تاريخها المستهدف {overdue}.',
    lowestChapter: 'سُجِّل أدنى مؤشر تنفيذ في {chapter} ({title})، إذ بلغ {score}.',
    highestChapter: 'سُجِّل أعلى مؤشر تنفيذ في {chapter} ({title})، إذ بلغ {score}.',
    filtersApplied:
      'طُبِّقت عوامل تصفية: لا يتناول هذا التقرير إلا البنود المستوفية للمعايير التالية: {filters}.',
  },
  charts: {
    note: 'يمثّل كل شريط بنود فصل واحد موزَّعة حسب النتيجة، ويبيّن الرقم في نهاية الشريط مؤشر التنفيذ للفصل.',
    legend: 'مفتاح الرموز',
    total: 'جميع الفصول',
  },
  plan: {
    note: 'الثغرات والبنود المنفَّذة جزئياً، مجمَّعة حسب الجهة المسؤولة ومرتَّبة حسب الأولوية ثم حسب التاريخ المستهدف.',
    noAgency: 'لم تُحدَّد جهة مسؤولة',
    noActions: 'لا توجد ثغرات أو بنود منفَّذة جزئياً تستدعي اتخاذ إجراء.',
  },
  details: {
    history: 'التغييرات المسجَّلة: {count}؛ آخرها أجراه {actor} في {date}.',
    noHistory: 'لم تُسجَّل أي تغييرات.',
    retired: 'لم يعد هذا الحكم وارداً في حزمة المحتوى الحالية.',
    noItems: 'لا توجد بنود تطابق هذا التقرير.',
  },
  labels: {
    article: 'المادة',
    paragraph: 'الفقرة',
    articleTitle: 'عنوان المادة',
    chapter: 'الفصل',
    provision: 'الحكم',
    provisionId: 'معرّف الحكم',
    provisionText: 'نص الحكم',
    level: 'نوع الالتزام',
    result: 'النتيجة',
    status: 'حالة العمل',
    inLaw: 'في القانون',
    inPractice: 'في الممارسة',
    citations: 'المراجع في القانون الوطني',
    act: 'القانون',
    section: 'المادة أو البند',
    year: 'السنة',
    link: 'الرابط',
    evidence: 'الأدلة والملاحظات',
    actionType: 'نوع الإجراء',
    action: 'الإجراء الموصى به',
    priority: 'الأولوية',
    agency: 'الجهة المسؤولة',
    targetDate: 'التاريخ المستهدف',
    overdue: 'متأخر',
    elements: 'العناصر',
    element: 'العنصر',
    elementsSummary: 'ملخص العناصر',
    nationalText: 'النص الوطني',
    history: 'سجل التغييرات',
    changes: 'التغييرات',
    lastChangedBy: 'آخر تعديل أجراه',
    lastChangedAt: 'تاريخ آخر تعديل',
    yes: 'نعم',
    no: 'لا',
    notSpecified: 'غير محدد',
  },
  chapterRef: 'الفصل {number}',
  // The reference is isolated left-to-right (U+2066 … U+2069) so "6(2)" does not turn into "(2)6".
  articleRef: 'المادة \u2066{number}{paragraph}\u2069',
  results: {
    implemented: 'منفَّذ',
    partial: 'منفَّذ جزئياً',
    gap: 'ثغرة',
    'not-applicable': 'لا ينطبق',
    'not-assessed': 'لم يُقيَّم',
  },
  statuses: {
    'to-do': 'للتنفيذ',
    'in-progress': 'قيد التنفيذ',
    'in-review': 'قيد المراجعة',
    done: 'مكتمل',
  },
  priorities: { high: 'عالية', medium: 'متوسطة', low: 'منخفضة', unset: 'غير محددة' },
  actionTypes: {
    amend: 'تعديل القانون القائم',
    'new-law': 'تشريع جديد',
    regulation: 'لائحة تنظيمية',
    institutional: 'تدبير مؤسسي',
    training: 'تدريب',
  },
  lawPractice: { yes: 'نعم', partly: 'جزئياً', no: 'لا', unknown: 'غير معروف' },
  elementStates: {
    met: 'مستوفى',
    'not-met': 'غير مستوفى',
    unclear: 'غير واضح',
    unset: 'لم يُقيَّم',
  },
  levels: { mandatory: 'إلزامي', optional: 'اختياري' },
  sheets: { items: 'البنود', summary: 'الملخص', actionPlan: 'خطة العمل' },
};

const ru: ReportText = {
  languageName: 'Русский',
  reportTitle: 'Отчёт по контрольному перечню осуществления',
  instrument: 'Конвенция Организации Объединённых Наций против киберпреступности',
  cover: {
    country: 'Страна',
    checklist: 'Контрольный перечень',
    assessmentDate: 'Дата оценки',
    assessors: 'Эксперты по оценке',
    organisation: 'Организация',
    generatedOn: 'Сформировано {date}',
    logo: 'Логотип',
  },
  page: 'Страница {page} из {pages}',
  sections: {
    summary: 'Резюме',
    charts: 'Результаты по главам',
    actionPlan: 'План действий с учётом приоритетов',
    details: 'Подробные сведения по пунктам',
  },
  summary: {
    keyFigures: 'Основные показатели',
    findings: 'Основные выводы',
    items: 'Пункты',
    completion: 'Степень завершённости',
    score: 'Показатель осуществления',
    overdueActions: 'Просроченные меры',
    byResult: 'Пункты по результатам',
    gapsByPriority: 'Пробелы по приоритету',
    count: 'Количество',
    share: 'Доля',
    overview:
      'Отчёт охватывает пункты контрольного перечня общим числом {items}; из них оценено {completion}.',
    scoreSentence:
      'Показатель осуществления составляет {score}: выполненные пункты учитываются полностью, частично выполненные — наполовину, от общего числа оценённых применимых пунктов.',
    noScore:
      'Ни один применимый пункт пока не оценён, поэтому показатель осуществления не может быть рассчитан.',
    gaps: 'Число выявленных пробелов — {gaps}, в том числе с высоким приоритетом — {high}.',
    noGaps: 'Среди оценённых пунктов пробелов не выявлено.',
    overdue: 'Число мер, по которым истёк целевой срок, — {overdue}.',
    lowestChapter: 'Наименьший показатель осуществления: {chapter} ({title}) — {score}.',
    highestChapter: 'Наибольший показатель осуществления: {chapter} ({title}) — {score}.',
    filtersApplied:
      'Применены фильтры: отчёт охватывает только пункты, отвечающие следующим критериям: {filters}.',
  },
  charts: {
    note: 'Каждая полоса показывает пункты одной главы в разбивке по результатам; число в конце полосы — показатель осуществления по главе.',
    legend: 'Условные обозначения',
    total: 'Все главы',
  },
  plan: {
    note: 'Пробелы и частично выполненные пункты, сгруппированные по ответственным ведомствам и упорядоченные по приоритету, а затем по целевому сроку.',
    noAgency: 'Ответственное ведомство не назначено',
    noActions: 'Пробелы и частично выполненные пункты, требующие принятия мер, отсутствуют.',
  },
  details: {
    history: 'Зарегистрировано изменений: {count}; последнее внесено {date}, автор: {actor}.',
    noHistory: 'Изменения не зарегистрированы.',
    retired: 'Это положение отсутствует в текущем пакете содержания.',
    noItems: 'Пункты, соответствующие этому отчёту, отсутствуют.',
  },
  labels: {
    article: 'Статья',
    paragraph: 'Пункт',
    articleTitle: 'Название статьи',
    chapter: 'Глава',
    provision: 'Положение',
    provisionId: 'Идентификатор положения',
    provisionText: 'Текст положения',
    level: 'Характер обязательства',
    result: 'Результат',
    status: 'Статус работы',
    inLaw: 'В законодательстве',
    inPractice: 'На практике',
    citations: 'Ссылки на национальное законодательство',
    act: 'Акт',
    section: 'Статья или раздел',
    year: 'Год',
    link: 'Ссылка',
    evidence: 'Подтверждающие сведения и примечания',
    actionType: 'Вид меры',
    action: 'Рекомендуемая мера',
    priority: 'Приоритет',
    agency: 'Ответственное ведомство',
    targetDate: 'Целевой срок',
    overdue: 'Просрочено',
    elements: 'Элементы',
    element: 'Элемент',
    elementsSummary: 'Сводка по элементам',
    nationalText: 'Национальная норма',
    history: 'История изменений',
    changes: 'Изменения',
    lastChangedBy: 'Автор последнего изменения',
    lastChangedAt: 'Дата последнего изменения',
    yes: 'Да',
    no: 'Нет',
    notSpecified: 'Не указано',
  },
  chapterRef: 'Глава {number}',
  articleRef: 'Статья {number}{paragraph}',
  results: {
    implemented: 'Выполнено',
    partial: 'Выполнено частично',
    gap: 'Пробел',
    'not-applicable': 'Неприменимо',
    'not-assessed': 'Не оценено',
  },
  statuses: {
    'to-do': 'К выполнению',
    'in-progress': 'В работе',
    'in-review': 'На проверке',
    done: 'Завершено',
  },
  priorities: { high: 'Высокий', medium: 'Средний', low: 'Низкий', unset: 'Не задан' },
  actionTypes: {
    amend: 'Изменение действующего закона',
    'new-law': 'Новый закон',
    regulation: 'Подзаконный акт',
    institutional: 'Институциональная мера',
    training: 'Обучение',
  },
  lawPractice: { yes: 'Да', partly: 'Частично', no: 'Нет', unknown: 'Неизвестно' },
  elementStates: {
    met: 'Выполнен',
    'not-met': 'Не выполнен',
    unclear: 'Неясно',
    unset: 'Не оценён',
  },
  levels: { mandatory: 'Обязательное', optional: 'Факультативное' },
  sheets: { items: 'Пункты', summary: 'Сводка', actionPlan: 'План действий' },
};

const zh: ReportText = {
  languageName: '中文',
  reportTitle: '履约核对清单报告',
  instrument: '联合国打击网络犯罪公约',
  cover: {
    country: '国家',
    checklist: '核对清单',
    assessmentDate: '评估日期',
    assessors: '评估人员',
    organisation: '机构',
    generatedOn: '生成日期：{date}',
    logo: '标志',
  },
  page: '第 {page} 页，共 {pages} 页',
  sections: {
    summary: '执行摘要',
    charts: '各章结果',
    actionPlan: '优先行动计划',
    details: '条目详情',
  },
  summary: {
    keyFigures: '主要数据',
    findings: '主要结论',
    items: '条目',
    completion: '完成度',
    score: '落实得分',
    overdueActions: '逾期行动',
    byResult: '按结果分列的条目',
    gapsByPriority: '按优先级分列的差距',
    count: '数量',
    share: '占比',
    overview: '本报告涵盖核对清单中的 {items} 个条目，其中 {completion} 已完成评估。',
    scoreSentence:
      '落实得分为 {score}：在已评估的适用条目中，已落实条目按全分计算，部分落实条目按一半计算。',
    noScore: '尚未评估任何适用条目，因此无法计算落实得分。',
    gaps: '共发现 {gaps} 处差距，其中高优先级 {high} 处。',
    noGaps: '在已评估的条目中未发现差距。',
    overdue: '已超过目标日期的行动共有 {overdue} 项。',
    lowestChapter: '得分最低的是{chapter}（{title}），为 {score}。',
    highestChapter: '得分最高的是{chapter}（{title}），为 {score}。',
    filtersApplied: '已应用筛选条件：本报告仅涵盖符合以下条件的条目：{filters}。',
  },
  charts: {
    note: '每个条形表示一章的条目按结果的分布；条形末端的数字为该章的落实得分。',
    legend: '图例',
    total: '全部章节',
  },
  plan: {
    note: '差距和部分落实条目，按责任机构分组，并依次按优先级和目标日期排序。',
    noAgency: '未指定责任机构',
    noActions: '没有需要采取行动的差距或部分落实条目。',
  },
  details: {
    history: '已记录修改 {count} 次；最近一次由 {actor} 于 {date} 修改。',
    noHistory: '无修改记录。',
    retired: '当前内容包中已不再包含此规定。',
    noItems: '没有符合本报告条件的条目。',
  },
  labels: {
    article: '条款',
    paragraph: '款',
    articleTitle: '条款标题',
    chapter: '章',
    provision: '规定',
    provisionId: '规定编号',
    provisionText: '规定内容',
    level: '义务性质',
    result: '结果',
    status: '工作状态',
    inLaw: '法律层面',
    inPractice: '实践层面',
    citations: '国内法依据',
    act: '法律',
    section: '条文',
    year: '年份',
    link: '链接',
    evidence: '证据与备注',
    actionType: '行动类型',
    action: '建议行动',
    priority: '优先级',
    agency: '责任机构',
    targetDate: '目标日期',
    overdue: '已逾期',
    elements: '构成要件',
    element: '要件',
    elementsSummary: '要件汇总',
    nationalText: '国内条文',
    history: '修改记录',
    changes: '修改次数',
    lastChangedBy: '最后修改人',
    lastChangedAt: '最后修改时间',
    yes: '是',
    no: '否',
    notSpecified: '未注明',
  },
  chapterRef: '第{number}章',
  articleRef: '第{number}条{paragraph}',
  results: {
    implemented: '已落实',
    partial: '部分落实',
    gap: '差距',
    'not-applicable': '不适用',
    'not-assessed': '未评估',
  },
  statuses: { 'to-do': '待办', 'in-progress': '进行中', 'in-review': '审核中', done: '已完成' },
  priorities: { high: '高', medium: '中', low: '低', unset: '未设定' },
  actionTypes: {
    amend: '修订现行法律',
    'new-law': '制定新法',
    regulation: '制定法规',
    institutional: '机构措施',
    training: '培训',
  },
  lawPractice: { yes: '是', partly: '部分', no: '否', unknown: '不详' },
  elementStates: { met: '满足', 'not-met': '未满足', unclear: '不明确', unset: '未评估' },
  levels: { mandatory: '强制性', optional: '任择性' },
  sheets: { items: '条目', summary: '摘要', actionPlan: '行动计划' },
};

const vi: ReportText = {
  languageName: 'Tiếng Việt',
  reportTitle: 'Báo cáo danh mục rà soát việc thực thi',
  instrument: 'Công ước của Liên hợp quốc về chống tội phạm mạng',
  cover: {
    country: 'Quốc gia',
    checklist: 'Danh mục rà soát',
    assessmentDate: 'Ngày đánh giá',
    assessors: 'Người đánh giá',
    organisation: 'Tổ chức',
    generatedOn: 'Tạo ngày {date}',
    logo: 'Biểu trưng',
  },
  page: 'Trang {page}/{pages}',
  sections: {
    summary: 'Tóm tắt tổng quan',
    charts: 'Kết quả theo chương',
    actionPlan: 'Kế hoạch hành động theo thứ tự ưu tiên',
    details: 'Chi tiết từng mục',
  },
  summary: {
    keyFigures: 'Số liệu chính',
    findings: 'Những phát hiện chính',
    items: 'Số mục',
    completion: 'Mức độ hoàn thành',
    score: 'Điểm thực thi',
    overdueActions: 'Hành động quá hạn',
    byResult: 'Số mục theo kết quả',
    gapsByPriority: 'Khoảng trống theo mức ưu tiên',
    count: 'Số lượng',
    share: 'Tỷ lệ',
    overview:
      'Báo cáo này bao gồm {items} mục của danh mục rà soát, trong đó {completion} đã được đánh giá.',
    scoreSentence:
      'Điểm thực thi đạt {score}: các mục đã thực hiện được tính đủ, các mục thực hiện một phần được tính một nửa, trên tổng số mục có áp dụng đã được đánh giá.',
    noScore: 'Chưa có mục áp dụng nào được đánh giá, vì vậy chưa thể tính điểm thực thi.',
    gaps: 'Đã xác định {gaps} khoảng trống, trong đó {high} khoảng trống có mức ưu tiên cao.',
    noGaps: 'Không phát hiện khoảng trống nào trong các mục đã được đánh giá.',
    overdue: 'Số hành động đã quá thời hạn: {overdue}.',
    lowestChapter: 'Chương có điểm thấp nhất là {chapter} ({title}), đạt {score}.',
    highestChapter: 'Chương có điểm cao nhất là {chapter} ({title}), đạt {score}.',
    filtersApplied:
      'Đã áp dụng bộ lọc: báo cáo này chỉ bao gồm các mục đáp ứng các tiêu chí sau: {filters}.',
  },
  charts: {
    note: 'Mỗi thanh thể hiện các mục của một chương theo kết quả; con số ở cuối thanh là điểm thực thi của chương.',
    legend: 'Chú giải',
    total: 'Tất cả các chương',
  },
  plan: {
    note: 'Các khoảng trống và các mục thực hiện một phần, được nhóm theo cơ quan chịu trách nhiệm và sắp xếp theo mức ưu tiên, sau đó theo thời hạn.',
    noAgency: 'Chưa giao cơ quan chịu trách nhiệm',
    noActions: 'Không có khoảng trống hoặc mục thực hiện một phần nào cần hành động.',
  },
  details: {
    history: 'Số lần thay đổi: {count}; lần gần nhất do {actor} thực hiện ngày {date}.',
    noHistory: 'Chưa có thay đổi nào được ghi nhận.',
    retired: 'Quy định này không còn trong gói nội dung hiện hành.',
    noItems: 'Không có mục nào phù hợp với báo cáo này.',
  },
  labels: {
    article: 'Điều',
    paragraph: 'Khoản',
    articleTitle: 'Tên điều',
    chapter: 'Chương',
    provision: 'Quy định',
    provisionId: 'Mã quy định',
    provisionText: 'Nội dung quy định',
    level: 'Tính chất nghĩa vụ',
    result: 'Kết quả',
    status: 'Trạng thái công việc',
    inLaw: 'Trong luật',
    inPractice: 'Trong thực tiễn',
    citations: 'Căn cứ pháp luật quốc gia',
    act: 'Văn bản',
    section: 'Điều khoản',
    year: 'Năm',
    link: 'Liên kết',
    evidence: 'Bằng chứng và ghi chú',
    actionType: 'Loại hành động',
    action: 'Hành động đề xuất',
    priority: 'Mức ưu tiên',
    agency: 'Cơ quan chịu trách nhiệm',
    targetDate: 'Thời hạn',
    overdue: 'Quá hạn',
    elements: 'Các yếu tố',
    element: 'Yếu tố',
    elementsSummary: 'Tóm tắt các yếu tố',
    nationalText: 'Quy định trong nước',
    history: 'Lịch sử thay đổi',
    changes: 'Số lần thay đổi',
    lastChangedBy: 'Người thay đổi gần nhất',
    lastChangedAt: 'Thời điểm thay đổi gần nhất',
    yes: 'Có',
    no: 'Không',
    notSpecified: 'Chưa xác định',
  },
  chapterRef: 'Chương {number}',
  articleRef: 'Điều {number}{paragraph}',
  results: {
    implemented: 'Đã thực hiện',
    partial: 'Thực hiện một phần',
    gap: 'Khoảng trống',
    'not-applicable': 'Không áp dụng',
    'not-assessed': 'Chưa đánh giá',
  },
  statuses: {
    'to-do': 'Cần làm',
    'in-progress': 'Đang thực hiện',
    'in-review': 'Đang xem xét',
    done: 'Hoàn thành',
  },
  priorities: { high: 'Cao', medium: 'Trung bình', low: 'Thấp', unset: 'Chưa xác định' },
  actionTypes: {
    amend: 'Sửa đổi luật hiện hành',
    'new-law': 'Ban hành luật mới',
    regulation: 'Văn bản dưới luật',
    institutional: 'Biện pháp thể chế',
    training: 'Đào tạo',
  },
  lawPractice: { yes: 'Có', partly: 'Một phần', no: 'Không', unknown: 'Chưa rõ' },
  elementStates: {
    met: 'Đáp ứng',
    'not-met': 'Không đáp ứng',
    unclear: 'Chưa rõ',
    unset: 'Chưa đánh giá',
  },
  levels: { mandatory: 'Bắt buộc', optional: 'Tùy chọn' },
  sheets: { items: 'Các mục', summary: 'Tổng hợp', actionPlan: 'Kế hoạch hành động' },
};

const CATALOGS: Record<ReportLanguage, ReportText> = { en, fr, es, ar, ru, zh, vi };

export function reportText(language: ReportLanguage): ReportText {
  return CATALOGS[language];
}

const LOCALES: Record<ReportLanguage, string> = {
  // UN English: "5 March 2026".
  en: 'en-GB',
  fr: 'fr',
  es: 'es',
  // Arabic keeps Latin digits, as the article numbers do.
  ar: 'ar-u-nu-latn',
  ru: 'ru',
  zh: 'zh-CN',
  vi: 'vi',
};

/** The Intl locale a report language formats dates and numbers with. */
export function reportLocale(language: ReportLanguage): string {
  return LOCALES[language];
}

export function isRtl(language: ReportLanguage): boolean {
  return language === 'ar';
}

/** Replaces {name} placeholders; unknown names are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * A date (YYYY-MM-DD, read as a calendar day) or a timestamp, written out in the report language:
 * "5 March 2026", "5 mars 2026", "2026年3月5日". Unparseable input comes back unchanged.
 */
export function formatDate(iso: string, language: ReportLanguage, timeZone?: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(reportLocale(language), {
    dateStyle: 'long',
    timeZone: dateOnly ? 'UTC' : timeZone,
  }).format(date);
}

/** A share from 0 to 1 as a whole percentage; null (nothing to measure) as an em dash. */
export function formatPercent(value: number | null, language: ReportLanguage): string {
  if (value === null || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(reportLocale(language), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(value);
}

/**
 * "Article 7(1)(a)": a paragraph "1(a)" becomes "(1)(a)", "10–12" becomes "(10)–(12)";
 * "single paragraph" is dropped.
 */
export function articleRef(text: ReportText, number: number, paragraph: string): string {
  const p = paragraph.trim();
  let formatted = '';
  if (p && !/^single/i.test(p)) {
    const cut = p.indexOf('(');
    const lead = cut === -1 ? p : p.slice(0, cut);
    const rest = cut === -1 ? '' : p.slice(cut);
    formatted = /\d/.test(lead)
      ? `${lead.replace(/\s+/g, '').replace(/\d+/g, '($&)')}${rest.replace(/\s+/g, '')}`
      : ` ${p}`;
  }
  return fill(text.articleRef, { number, paragraph: formatted });
}

export function chapterRef(text: ReportText, number: string): string {
  return fill(text.chapterRef, { number });
}
