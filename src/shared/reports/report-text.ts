import type { ActionType, ItemResult, Priority, WorkStatus } from '../domain/assessments';
import type { ReportOptions } from './assessment-report';
import { paragraphRef } from '../library/article-reference';

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
    /** {shown} {total}: the detail lists assessed items only (the default). */
    assessedOnly: string;
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
    assessedOnly:
      'The {shown} items assessed so far, of {total}; items not yet assessed are left out.',
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
    assessedOnly:
      'Les {shown} points évalués à ce jour, sur {total} ; les points non encore évalués sont omis.',
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
    assessedOnly:
      'Los {shown} ítems evaluados hasta ahora, de {total}; se omiten los ítems aún no evaluados.',
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
    assessedOnly:
      'البنود التي قُيّمت حتى الآن: {shown} من {total}؛ ولا تُعرض البنود التي لم تُقيَّم بعد.',
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
    assessedOnly:
      'Оценённые на данный момент пункты: {shown} из {total}; ещё не оценённые пункты не включены.',
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
    assessedOnly: '共 {total} 个条目，此处列出已评估的 {shown} 个；尚未评估的条目未列入。',
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
    assessedOnly:
      '{shown} mục đã được đánh giá trong tổng số {total}; các mục chưa đánh giá không được liệt kê.',
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

/** "Article 7(1)(a)" in the report language (see paragraphRef). */
export function articleRef(text: ReportText, number: number, paragraph: string): string {
  return fill(text.articleRef, { number, paragraph: paragraphRef(paragraph) });
}

export function chapterRef(text: ReportText, number: string): string {
  return fill(text.chapterRef, { number });
}

/* ------------------------------------------------------------------------------------------ */
/* Training workshops: the session report and the certificates.                                */
/* ------------------------------------------------------------------------------------------ */

type SessionGender = 'female' | 'male' | 'other' | 'undisclosed' | 'unset';
type SessionQuestionType = 'single' | 'multiple' | 'true-false' | 'matching' | 'scenario';
type SessionItemFlag = 'too-hard' | 'too-easy' | 'poor-discrimination';

/** The fixed text of a workshop report and of its certificates, in the seven report languages. */
export interface SessionText {
  reportTitle: string;
  cover: {
    dates: string;
    place: string;
    organiser: string;
    facilitators: string;
    audience: string;
    countries: string;
    participants: string;
  };
  sections: {
    summary: string;
    attendance: string;
    results: string;
    questions: string;
    items: string;
    articles: string;
    polls: string;
  };
  summary: {
    participants: string;
    meanPre: string;
    meanPost: string;
    meanGain: string;
    normalisedGain: string;
    improved: string;
    findings: string;
    /** {participants} {days} */
    overview: string;
    /** {average} {days} {full} */
    attendance: string;
    /** {pre} {post} {gain} {normalised} */
    gain: string;
    noGain: string;
    /** {improved} {both} */
    improvedSentence: string;
    /** {chapter} {title} {gain} */
    strongestChapter: string;
    /** {chapter} {title} {post} */
    weakestChapter: string;
    /** {names} */
    needHelp: string;
  };
  charts: {
    distribution: string;
    distributionNote: string;
    byChapter: string;
    byChapterNote: string;
    participantsAxis: string;
  };
  attendance: {
    note: string;
    present: string;
    partly: string;
    absent: string;
    unmarked: string;
    daysAttended: string;
    byCountry: string;
    byOrganisation: string;
    byGender: string;
    everyDay: string;
    rate: string;
    total: string;
  };
  genders: Record<SessionGender, string>;
  results: {
    note: string;
    pre: string;
    post: string;
    gain: string;
    normalisedGain: string;
    needHelp: string;
    needHelpNote: string;
    noNeedHelp: string;
    notTaken: string;
    /** {value} */
    points: string;
  };
  questions: {
    note: string;
    facility: string;
    commonWrong: string;
    correct: string;
    none: string;
  };
  items: {
    note: string;
    answered: string;
    facility: string;
    discrimination: string;
    flags: string;
    none: string;
    flagNames: Record<SessionItemFlag, string>;
  };
  articles: { note: string; noChecklists: string; checklists: string };
  /** answers: {count} */
  polls: { note: string; answers: string; none: string; words: string };
  labels: {
    name: string;
    organisation: string;
    country: string;
    gender: string;
    role: string;
    email: string;
    quiz: string;
    question: string;
    questionNumber: string;
    questionId: string;
    type: string;
    articles: string;
    answer: string;
    answerIds: string;
    /** The option ids in the order the participant saw them. */
    shownOrder: string;
    correctAnswer: string;
    credit: string;
    score: string;
    unanswered: string;
    quizTitle: string;
    finishedAt: string;
    attemptId: string;
    participantId: string;
    field: string;
    value: string;
  };
  questionTypes: Record<SessionQuestionType, string>;
  sheets: {
    workshop: string;
    attendance: string;
    results: string;
    items: string;
    answers: string;
    articles: string;
  };
  certificate: {
    title: string;
    certify: string;
    completed: string;
    subject: string;
    /** {place} {dates} */
    heldIn: string;
    /** {dates} */
    held: string;
    facilitator: string;
    organiser: string;
    code: string;
    /** {date} */
    issuedOn: string;
    verify: string;
  };
  ineligible: {
    /** {actual} {required} */
    attendance: string;
    /** {actual} {required} */
    postScore: string;
    noPostTest: string;
  };
}

const sessionEn: SessionText = {
  reportTitle: 'Training workshop report',
  cover: {
    dates: 'Dates',
    place: 'Place',
    organiser: 'Organiser',
    facilitators: 'Facilitators',
    audience: 'Audience',
    countries: 'Countries',
    participants: 'Participants',
  },
  sections: {
    summary: 'Summary',
    attendance: 'Attendance',
    results: 'Pre-test and post-test results',
    questions: 'Questions to revisit',
    items: 'Item analysis',
    articles: 'Articles and national checklists',
    polls: 'Quick polls',
  },
  summary: {
    participants: 'Participants',
    meanPre: 'Mean pre-test score',
    meanPost: 'Mean post-test score',
    meanGain: 'Mean gain',
    normalisedGain: 'Normalised gain',
    improved: 'Participants who improved',
    findings: 'Main findings',
    overview: 'Participants registered: {participants}. Workshop days: {days}.',
    attendance:
      'On average, participants attended {average} of {days} days; participants present every day: {full}.',
    gain: 'The mean score rose from {pre} on the pre-test to {post} on the post-test, a gain of {gain} percentage points (normalised gain {normalised}).',
    noGain:
      'No participant has taken both the pre-test and the post-test, so no knowledge gain can be given.',
    improvedSentence: 'Participants who improved their score: {improved} of {both}.',
    strongestChapter: 'The largest gain was in {chapter} ({title}): {gain} percentage points.',
    weakestChapter: 'The lowest post-test result was in {chapter} ({title}): {post}.',
    needHelp: 'Participants who may need follow-up: {names}.',
  },
  charts: {
    distribution: 'Score distribution before and after',
    distributionNote:
      'Number of participants in each score band, on the pre-test and the post-test.',
    byChapter: 'Results by chapter',
    byChapterNote:
      'Share of right answers on the questions testing each chapter; the figure on the right is the gain in percentage points.',
    participantsAxis: 'Participants',
  },
  attendance: {
    note: 'Present counts as a full day and partly present as half a day.',
    present: 'Present',
    partly: 'Partly present',
    absent: 'Absent',
    unmarked: 'Not recorded',
    daysAttended: 'Days attended',
    byCountry: 'By country',
    byOrganisation: 'By organisation',
    byGender: 'By gender',
    everyDay: 'Present every day',
    rate: 'Attendance rate',
    total: 'Total',
  },
  genders: {
    female: 'Female',
    male: 'Male',
    other: 'Other',
    undisclosed: 'Prefers not to say',
    unset: 'Not stated',
  },
  results: {
    note: 'Scores are the share of questions answered right. The gain is in percentage points; the normalised gain is the share of the possible improvement achieved.',
    pre: 'Pre-test',
    post: 'Post-test',
    gain: 'Gain',
    normalisedGain: 'Normalised gain',
    needHelp: 'Participants who may need follow-up',
    needHelpNote: 'A post-test score below 50% or no gain over the pre-test.',
    noNeedHelp: 'Every participant scored at least 50% on the post-test and improved.',
    notTaken: 'Not taken',
    points: '{value} pts',
  },
  questions: {
    note: 'The post-test questions answered right by the fewest participants: topics to revisit.',
    facility: 'Answered right',
    commonWrong: 'Most frequent wrong answer',
    correct: 'Correct answer',
    none: 'No post-test answers have been recorded.',
  },
  items: {
    note: 'Facility is the share of participants answering right; discrimination compares the top and bottom scorers and needs at least four participants.',
    answered: 'Answers',
    facility: 'Facility',
    discrimination: 'Discrimination',
    flags: 'Flags',
    none: 'No answers have been recorded.',
    flagNames: {
      'too-hard': 'Too hard',
      'too-easy': 'Too easy',
      'poor-discrimination': 'Poor discrimination',
    },
  },
  articles: {
    note: 'Right answers on the questions testing each article, beside the results of the same article in the latest checklist of each target country.',
    noChecklists: 'No target country has an implementation checklist yet.',
    checklists: 'Checklist results',
  },
  polls: {
    note: 'Opinion polls and word clouds run in the live room between agenda blocks; not scored.',
    answers: 'Answers: {count}',
    none: 'No poll was run in this workshop.',
    words: 'Word cloud',
  },
  labels: {
    name: 'Name',
    organisation: 'Organisation',
    country: 'Country',
    gender: 'Gender',
    role: 'Role',
    email: 'E-mail',
    quiz: 'Test',
    question: 'Question',
    questionNumber: 'No.',
    questionId: 'Question ID',
    type: 'Type',
    articles: 'Articles',
    answer: 'Answer given',
    answerIds: 'Options chosen',
    shownOrder: 'Order shown',
    correctAnswer: 'Correct answer',
    credit: 'Credit',
    score: 'Score',
    unanswered: 'Not answered',
    quizTitle: 'Test title',
    finishedAt: 'Finished',
    attemptId: 'Attempt ID',
    participantId: 'Participant ID',
    field: 'Field',
    value: 'Value',
  },
  questionTypes: {
    single: 'Single choice',
    multiple: 'Multiple choice',
    'true-false': 'True or false',
    matching: 'Matching',
    scenario: 'Scenario',
  },
  sheets: {
    workshop: 'Workshop',
    attendance: 'Attendance',
    results: 'Results',
    items: 'Item analysis',
    answers: 'Answers',
    articles: 'Articles',
  },
  certificate: {
    title: 'Certificate of completion',
    certify: 'This is to certify that',
    completed: 'has successfully completed the training workshop',
    subject: 'on the United Nations Convention against Cybercrime',
    heldIn: 'held in {place}, {dates}',
    held: 'held {dates}',
    facilitator: 'Facilitator',
    organiser: 'Organiser',
    code: 'Verification code',
    issuedOn: 'Issued on {date}',
    verify:
      'Scan the QR code or enter the verification code in Convention Workbench to check this certificate.',
  },
  ineligible: {
    attendance: 'attended {actual} of the {required} days required',
    postScore: 'scored {actual} on the post-test, below the {required} required',
    noPostTest: 'has not taken the post-test',
  },
};

const sessionFr: SessionText = {
  reportTitle: "Rapport d'atelier de formation",
  cover: {
    dates: 'Dates',
    place: 'Lieu',
    organiser: 'Organisateur',
    facilitators: 'Animateurs',
    audience: 'Public',
    countries: 'Pays',
    participants: 'Participants',
  },
  sections: {
    summary: 'Synthèse',
    attendance: 'Présence',
    results: 'Résultats du test initial et du test final',
    questions: 'Questions à revoir',
    items: 'Analyse des questions',
    articles: 'Articles et listes de contrôle nationales',
    polls: 'Sondages rapides',
  },
  summary: {
    participants: 'Participants',
    meanPre: 'Score moyen au test initial',
    meanPost: 'Score moyen au test final',
    meanGain: 'Gain moyen',
    normalisedGain: 'Gain normalisé',
    improved: 'Participants en progrès',
    findings: 'Principaux constats',
    overview: "Participants inscrits : {participants}. Jours d'atelier : {days}.",
    attendance:
      'En moyenne, les participants ont assisté à {average} jours sur {days} ; participants présents chaque jour : {full}.',
    gain: 'Le score moyen est passé de {pre} au test initial à {post} au test final, soit un gain de {gain} points de pourcentage (gain normalisé {normalised}).',
    noGain:
      "Aucun participant n'a passé à la fois le test initial et le test final : le gain de connaissances ne peut être calculé.",
    improvedSentence: 'Participants ayant amélioré leur score : {improved} sur {both}.',
    strongestChapter:
      'Le gain le plus fort concerne le {chapter} ({title}) : {gain} points de pourcentage.',
    weakestChapter:
      'Le résultat le plus faible au test final concerne le {chapter} ({title}) : {post}.',
    needHelp: 'Participants pouvant nécessiter un suivi : {names}.',
  },
  charts: {
    distribution: 'Répartition des scores avant et après',
    distributionNote:
      'Nombre de participants par tranche de score, au test initial et au test final.',
    byChapter: 'Résultats par chapitre',
    byChapterNote:
      'Part de bonnes réponses aux questions portant sur chaque chapitre ; le chiffre à droite est le gain en points de pourcentage.',
    participantsAxis: 'Participants',
  },
  attendance: {
    note: 'Une présence compte pour une journée entière, une présence partielle pour une demi-journée.',
    present: 'Présent',
    partly: 'Présence partielle',
    absent: 'Absent',
    unmarked: 'Non renseigné',
    daysAttended: 'Jours de présence',
    byCountry: 'Par pays',
    byOrganisation: 'Par organisation',
    byGender: 'Par genre',
    everyDay: 'Présents chaque jour',
    rate: 'Taux de présence',
    total: 'Total',
  },
  genders: {
    female: 'Femme',
    male: 'Homme',
    other: 'Autre',
    undisclosed: 'Préfère ne pas répondre',
    unset: 'Non indiqué',
  },
  results: {
    note: 'Les scores sont la part de bonnes réponses. Le gain est exprimé en points de pourcentage ; le gain normalisé est la part de la progression possible effectivement atteinte.',
    pre: 'Test initial',
    post: 'Test final',
    gain: 'Gain',
    normalisedGain: 'Gain normalisé',
    needHelp: 'Participants pouvant nécessiter un suivi',
    needHelpNote: 'Un score final inférieur à 50 % ou aucun gain par rapport au test initial.',
    noNeedHelp: 'Tous les participants ont obtenu au moins 50 % au test final et ont progressé.',
    notTaken: 'Non passé',
    points: '{value} pts',
  },
  questions: {
    note: 'Les questions du test final les moins bien réussies : des sujets à revoir.',
    facility: 'Bonnes réponses',
    commonWrong: 'Mauvaise réponse la plus fréquente',
    correct: 'Bonne réponse',
    none: "Aucune réponse au test final n'a été enregistrée.",
  },
  items: {
    note: "L'indice de facilité est la part de participants ayant bien répondu ; l'indice de discrimination compare les meilleurs et les moins bons scores et exige au moins quatre participants.",
    answered: 'Réponses',
    facility: 'Facilité',
    discrimination: 'Discrimination',
    flags: 'Alertes',
    none: "Aucune réponse n'a été enregistrée.",
    flagNames: {
      'too-hard': 'Trop difficile',
      'too-easy': 'Trop facile',
      'poor-discrimination': 'Faible discrimination',
    },
  },
  articles: {
    note: 'Bonnes réponses aux questions portant sur chaque article, à côté des résultats du même article dans la dernière liste de contrôle de chaque pays cible.',
    noChecklists: "Aucun pays cible n'a encore de liste de contrôle de mise en œuvre.",
    checklists: 'Résultats des listes de contrôle',
  },
  polls: {
    note: "Sondages d'opinion et nuages de mots lancés dans la salle en direct entre les séquences ; non notés.",
    answers: 'Réponses : {count}',
    none: "Aucun sondage n'a été lancé pendant cet atelier.",
    words: 'Nuage de mots',
  },
  labels: {
    name: 'Nom',
    organisation: 'Organisation',
    country: 'Pays',
    gender: 'Genre',
    role: 'Fonction',
    email: 'Courriel',
    quiz: 'Test',
    question: 'Question',
    questionNumber: 'N°',
    questionId: 'Identifiant de la question',
    type: 'Type',
    articles: 'Articles',
    answer: 'Réponse donnée',
    answerIds: 'Options choisies',
    shownOrder: 'Ordre affiché',
    correctAnswer: 'Bonne réponse',
    credit: 'Crédit',
    score: 'Score',
    unanswered: 'Sans réponse',
    quizTitle: 'Intitulé du test',
    finishedAt: 'Terminé le',
    attemptId: 'Identifiant de la tentative',
    participantId: 'Identifiant du participant',
    field: 'Champ',
    value: 'Valeur',
  },
  questionTypes: {
    single: 'Choix unique',
    multiple: 'Choix multiple',
    'true-false': 'Vrai ou faux',
    matching: 'Appariement',
    scenario: 'Mise en situation',
  },
  sheets: {
    workshop: 'Atelier',
    attendance: 'Présence',
    results: 'Résultats',
    items: 'Analyse des questions',
    answers: 'Réponses',
    articles: 'Articles',
  },
  certificate: {
    title: 'Certificat de participation',
    certify: 'Il est certifié que',
    completed: "a suivi avec succès l'atelier de formation",
    subject: 'sur la Convention des Nations Unies contre la cybercriminalité',
    heldIn: 'tenu à {place}, {dates}',
    held: 'tenu {dates}',
    facilitator: 'Animateur',
    organiser: 'Organisateur',
    code: 'Code de vérification',
    issuedOn: 'Délivré le {date}',
    verify:
      'Scannez le code QR ou saisissez le code de vérification dans Convention Workbench pour vérifier ce certificat.',
  },
  ineligible: {
    attendance: 'a assisté à {actual} jours sur les {required} requis',
    postScore: 'a obtenu {actual} au test final, en dessous des {required} requis',
    noPostTest: "n'a pas passé le test final",
  },
};

const sessionEs: SessionText = {
  reportTitle: 'Informe del taller de capacitación',
  cover: {
    dates: 'Fechas',
    place: 'Lugar',
    organiser: 'Organizador',
    facilitators: 'Facilitadores',
    audience: 'Público',
    countries: 'Países',
    participants: 'Participantes',
  },
  sections: {
    summary: 'Resumen',
    attendance: 'Asistencia',
    results: 'Resultados de la prueba inicial y la prueba final',
    questions: 'Preguntas para repasar',
    items: 'Análisis de preguntas',
    articles: 'Artículos y listas de verificación nacionales',
    polls: 'Encuestas rápidas',
  },
  summary: {
    participants: 'Participantes',
    meanPre: 'Puntuación media inicial',
    meanPost: 'Puntuación media final',
    meanGain: 'Ganancia media',
    normalisedGain: 'Ganancia normalizada',
    improved: 'Participantes que mejoraron',
    findings: 'Principales conclusiones',
    overview: 'Participantes inscritos: {participants}. Días del taller: {days}.',
    attendance:
      'En promedio, los participantes asistieron {average} de {days} días; participantes presentes todos los días: {full}.',
    gain: 'La puntuación media pasó de {pre} en la prueba inicial a {post} en la prueba final, una ganancia de {gain} puntos porcentuales (ganancia normalizada {normalised}).',
    noGain:
      'Ningún participante ha realizado tanto la prueba inicial como la final, por lo que no se puede calcular la ganancia de conocimientos.',
    improvedSentence: 'Participantes que mejoraron su puntuación: {improved} de {both}.',
    strongestChapter:
      'La mayor ganancia se dio en el {chapter} ({title}): {gain} puntos porcentuales.',
    weakestChapter: 'El resultado final más bajo se dio en el {chapter} ({title}): {post}.',
    needHelp: 'Participantes que pueden necesitar seguimiento: {names}.',
  },
  charts: {
    distribution: 'Distribución de puntuaciones antes y después',
    distributionNote:
      'Número de participantes en cada tramo de puntuación, en la prueba inicial y en la final.',
    byChapter: 'Resultados por capítulo',
    byChapterNote:
      'Porcentaje de respuestas correctas en las preguntas de cada capítulo; la cifra de la derecha es la ganancia en puntos porcentuales.',
    participantsAxis: 'Participantes',
  },
  attendance: {
    note: 'Presente cuenta como un día completo y presente en parte como medio día.',
    present: 'Presente',
    partly: 'Presente en parte',
    absent: 'Ausente',
    unmarked: 'Sin registrar',
    daysAttended: 'Días asistidos',
    byCountry: 'Por país',
    byOrganisation: 'Por organización',
    byGender: 'Por género',
    everyDay: 'Presentes todos los días',
    rate: 'Tasa de asistencia',
    total: 'Total',
  },
  genders: {
    female: 'Mujer',
    male: 'Hombre',
    other: 'Otro',
    undisclosed: 'Prefiere no decirlo',
    unset: 'No indicado',
  },
  results: {
    note: 'Las puntuaciones son el porcentaje de respuestas correctas. La ganancia se expresa en puntos porcentuales; la ganancia normalizada es la parte de la mejora posible que se alcanzó.',
    pre: 'Prueba inicial',
    post: 'Prueba final',
    gain: 'Ganancia',
    normalisedGain: 'Ganancia normalizada',
    needHelp: 'Participantes que pueden necesitar seguimiento',
    needHelpNote:
      'Una puntuación final inferior al 50 % o ninguna ganancia respecto de la prueba inicial.',
    noNeedHelp:
      'Todos los participantes obtuvieron al menos un 50 % en la prueba final y mejoraron.',
    notTaken: 'No realizada',
    points: '{value} pts',
  },
  questions: {
    note: 'Las preguntas de la prueba final que menos participantes respondieron correctamente: temas para repasar.',
    facility: 'Respuestas correctas',
    commonWrong: 'Respuesta incorrecta más frecuente',
    correct: 'Respuesta correcta',
    none: 'No se han registrado respuestas de la prueba final.',
  },
  items: {
    note: 'La facilidad es la proporción de participantes que respondieron bien; la discriminación compara las puntuaciones más altas y más bajas y requiere al menos cuatro participantes.',
    answered: 'Respuestas',
    facility: 'Facilidad',
    discrimination: 'Discriminación',
    flags: 'Alertas',
    none: 'No se han registrado respuestas.',
    flagNames: {
      'too-hard': 'Demasiado difícil',
      'too-easy': 'Demasiado fácil',
      'poor-discrimination': 'Discriminación baja',
    },
  },
  articles: {
    note: 'Respuestas correctas en las preguntas de cada artículo, junto a los resultados del mismo artículo en la última lista de verificación de cada país destinatario.',
    noChecklists: 'Ningún país destinatario tiene aún una lista de verificación de la aplicación.',
    checklists: 'Resultados de las listas de verificación',
  },
  polls: {
    note: 'Encuestas de opinión y nubes de palabras realizadas en la sala en vivo entre bloques del programa; sin puntuación.',
    answers: 'Respuestas: {count}',
    none: 'No se realizó ninguna encuesta en este taller.',
    words: 'Nube de palabras',
  },
  labels: {
    name: 'Nombre',
    organisation: 'Organización',
    country: 'País',
    gender: 'Género',
    role: 'Cargo',
    email: 'Correo electrónico',
    quiz: 'Prueba',
    question: 'Pregunta',
    questionNumber: 'N.º',
    questionId: 'ID de la pregunta',
    type: 'Tipo',
    articles: 'Artículos',
    answer: 'Respuesta dada',
    answerIds: 'Opciones elegidas',
    shownOrder: 'Orden mostrado',
    correctAnswer: 'Respuesta correcta',
    credit: 'Crédito',
    score: 'Puntuación',
    unanswered: 'Sin respuesta',
    quizTitle: 'Título de la prueba',
    finishedAt: 'Finalizada',
    attemptId: 'ID del intento',
    participantId: 'ID del participante',
    field: 'Campo',
    value: 'Valor',
  },
  questionTypes: {
    single: 'Opción única',
    multiple: 'Opción múltiple',
    'true-false': 'Verdadero o falso',
    matching: 'Emparejamiento',
    scenario: 'Caso práctico',
  },
  sheets: {
    workshop: 'Taller',
    attendance: 'Asistencia',
    results: 'Resultados',
    items: 'Análisis de preguntas',
    answers: 'Respuestas',
    articles: 'Artículos',
  },
  certificate: {
    title: 'Certificado de finalización',
    certify: 'Se certifica que',
    completed: 'ha completado satisfactoriamente el taller de capacitación',
    subject: 'sobre la Convención de las Naciones Unidas contra la Ciberdelincuencia',
    heldIn: 'celebrado en {place}, {dates}',
    held: 'celebrado {dates}',
    facilitator: 'Facilitador',
    organiser: 'Organizador',
    code: 'Código de verificación',
    issuedOn: 'Expedido el {date}',
    verify:
      'Escanee el código QR o introduzca el código de verificación en Convention Workbench para comprobar este certificado.',
  },
  ineligible: {
    attendance: 'asistió {actual} de los {required} días exigidos',
    postScore: 'obtuvo {actual} en la prueba final, por debajo del {required} exigido',
    noPostTest: 'no ha realizado la prueba final',
  },
};

const sessionAr: SessionText = {
  reportTitle: 'تقرير حلقة العمل التدريبية',
  cover: {
    dates: 'التواريخ',
    place: 'المكان',
    organiser: 'الجهة المنظمة',
    facilitators: 'الميسّرون',
    audience: 'الفئة المستهدفة',
    countries: 'البلدان',
    participants: 'المشاركون',
  },
  sections: {
    summary: 'الملخص',
    attendance: 'الحضور',
    results: 'نتائج الاختبار القبلي والاختبار البعدي',
    questions: 'أسئلة تحتاج إلى مراجعة',
    items: 'تحليل الأسئلة',
    articles: 'المواد وقوائم المراجعة الوطنية',
    polls: 'استطلاعات سريعة',
  },
  summary: {
    participants: 'المشاركون',
    meanPre: 'متوسط درجة الاختبار القبلي',
    meanPost: 'متوسط درجة الاختبار البعدي',
    meanGain: 'متوسط التحسّن',
    normalisedGain: 'التحسّن المعياري',
    improved: 'المشاركون الذين تحسّنوا',
    findings: 'أبرز النتائج',
    overview: 'عدد المشاركين المسجلين: {participants}. عدد أيام حلقة العمل: {days}.',
    attendance:
      'حضر المشاركون في المتوسط {average} من أصل {days} أيام؛ عدد الحاضرين في كل الأيام: {full}.',
    gain: 'ارتفع متوسط الدرجة من {pre} في الاختبار القبلي إلى {post} في الاختبار البعدي، أي بتحسّن قدره {gain} نقطة مئوية (التحسّن المعياري {normalised}).',
    noGain: 'لم يخضع أي مشارك للاختبارين القبلي والبعدي معًا، لذا لا يمكن حساب التحسّن في المعارف.',
    improvedSentence: 'عدد المشاركين الذين حسّنوا درجاتهم: {improved} من أصل {both}.',
    strongestChapter: 'كان أكبر تحسّن في {chapter} ({title}): {gain} نقطة مئوية.',
    weakestChapter: 'كانت أدنى نتيجة في الاختبار البعدي في {chapter} ({title}): {post}.',
    needHelp: 'مشاركون قد يحتاجون إلى متابعة: {names}.',
  },
  charts: {
    distribution: 'توزيع الدرجات قبل التدريب وبعده',
    distributionNote:
      'عدد المشاركين في كل فئة من فئات الدرجات، في الاختبار القبلي والاختبار البعدي.',
    byChapter: 'النتائج حسب الفصل',
    byChapterNote:
      'نسبة الإجابات الصحيحة على الأسئلة المتعلقة بكل فصل؛ والرقم في الطرف هو التحسّن بالنقاط المئوية.',
    participantsAxis: 'المشاركون',
  },
  attendance: {
    note: 'يُحتسب الحضور يومًا كاملًا، والحضور الجزئي نصف يوم.',
    present: 'حاضر',
    partly: 'حضور جزئي',
    absent: 'غائب',
    unmarked: 'غير مسجّل',
    daysAttended: 'أيام الحضور',
    byCountry: 'حسب البلد',
    byOrganisation: 'حسب الجهة',
    byGender: 'حسب الجنس',
    everyDay: 'حاضرون في كل الأيام',
    rate: 'نسبة الحضور',
    total: 'المجموع',
  },
  genders: {
    female: 'أنثى',
    male: 'ذكر',
    other: 'آخر',
    undisclosed: 'يفضّل عدم الإفصاح',
    unset: 'غير محدد',
  },
  results: {
    note: 'الدرجات هي نسبة الأسئلة التي أُجيب عنها إجابة صحيحة. والتحسّن بالنقاط المئوية؛ والتحسّن المعياري هو نسبة ما تحقق من التحسّن الممكن.',
    pre: 'الاختبار القبلي',
    post: 'الاختبار البعدي',
    gain: 'التحسّن',
    normalisedGain: 'التحسّن المعياري',
    needHelp: 'مشاركون قد يحتاجون إلى متابعة',
    needHelpNote: 'درجة في الاختبار البعدي دون 50% أو عدم وجود تحسّن مقارنة بالاختبار القبلي.',
    noNeedHelp: 'حصل جميع المشاركين على 50% على الأقل في الاختبار البعدي وتحسّنت درجاتهم.',
    notTaken: 'لم يُجرَ',
    points: '{value} نقطة',
  },
  questions: {
    note: 'أسئلة الاختبار البعدي التي أجاب عنها أقل عدد من المشاركين إجابة صحيحة: مواضيع تحتاج إلى مراجعة.',
    facility: 'الإجابات الصحيحة',
    commonWrong: 'الإجابة الخاطئة الأكثر تكرارًا',
    correct: 'الإجابة الصحيحة',
    none: 'لم تُسجَّل أي إجابات على الاختبار البعدي.',
  },
  items: {
    note: 'معامل السهولة هو نسبة المشاركين الذين أجابوا إجابة صحيحة؛ ومعامل التمييز يقارن أصحاب الدرجات العليا والدنيا ويتطلب أربعة مشاركين على الأقل.',
    answered: 'الإجابات',
    facility: 'السهولة',
    discrimination: 'التمييز',
    flags: 'التنبيهات',
    none: 'لم تُسجَّل أي إجابات.',
    flagNames: {
      'too-hard': 'صعب جدًا',
      'too-easy': 'سهل جدًا',
      'poor-discrimination': 'تمييز ضعيف',
    },
  },
  articles: {
    note: 'الإجابات الصحيحة على الأسئلة المتعلقة بكل مادة، إلى جانب نتائج المادة نفسها في أحدث قائمة مراجعة لكل بلد مستهدف.',
    noChecklists: 'لا توجد بعد قائمة مراجعة للتنفيذ لأي بلد مستهدف.',
    checklists: 'نتائج قوائم المراجعة',
  },
  polls: {
    note: 'استطلاعات رأي وسحب كلمات أُجريت في القاعة المباشرة بين فقرات البرنامج؛ دون تقييم.',
    answers: 'الإجابات: {count}',
    none: 'لم يُجرَ أي استطلاع في هذه الحلقة.',
    words: 'سحابة كلمات',
  },
  labels: {
    name: 'الاسم',
    organisation: 'الجهة',
    country: 'البلد',
    gender: 'الجنس',
    role: 'الوظيفة',
    email: 'البريد الإلكتروني',
    quiz: 'الاختبار',
    question: 'السؤال',
    questionNumber: 'الرقم',
    questionId: 'معرّف السؤال',
    type: 'النوع',
    articles: 'المواد',
    answer: 'الإجابة المقدمة',
    answerIds: 'الخيارات المختارة',
    shownOrder: 'الترتيب المعروض',
    correctAnswer: 'الإجابة الصحيحة',
    credit: 'الدرجة',
    score: 'النتيجة',
    unanswered: 'بلا إجابة',
    quizTitle: 'عنوان الاختبار',
    finishedAt: 'تاريخ الإنهاء',
    attemptId: 'معرّف المحاولة',
    participantId: 'معرّف المشارك',
    field: 'الحقل',
    value: 'القيمة',
  },
  questionTypes: {
    single: 'اختيار واحد',
    multiple: 'اختيار متعدد',
    'true-false': 'صواب أو خطأ',
    matching: 'مطابقة',
    scenario: 'حالة عملية',
  },
  sheets: {
    workshop: 'حلقة العمل',
    attendance: 'الحضور',
    results: 'النتائج',
    items: 'تحليل الأسئلة',
    answers: 'الإجابات',
    articles: 'المواد',
  },
  certificate: {
    title: 'شهادة إتمام',
    certify: 'نشهد بأن',
    completed: 'قد أتمّ بنجاح حلقة العمل التدريبية',
    subject: 'بشأن اتفاقية الأمم المتحدة لمكافحة الجرائم السيبرانية',
    heldIn: 'المعقودة في {place}، {dates}',
    held: 'المعقودة {dates}',
    facilitator: 'الميسّر',
    organiser: 'الجهة المنظمة',
    code: 'رمز التحقق',
    issuedOn: 'صدرت في {date}',
    verify:
      'امسح رمز الاستجابة السريعة أو أدخل رمز التحقق في Convention Workbench للتحقق من هذه الشهادة.',
  },
  ineligible: {
    attendance: 'حضر {actual} من أصل {required} أيام مطلوبة',
    postScore: 'حصل على {actual} في الاختبار البعدي، وهو أقل من {required} المطلوبة',
    noPostTest: 'لم يخضع للاختبار البعدي',
  },
};

const sessionRu: SessionText = {
  reportTitle: 'Отчёт об учебном семинаре',
  cover: {
    dates: 'Даты',
    place: 'Место',
    organiser: 'Организатор',
    facilitators: 'Ведущие',
    audience: 'Аудитория',
    countries: 'Страны',
    participants: 'Участники',
  },
  sections: {
    summary: 'Сводка',
    attendance: 'Посещаемость',
    results: 'Результаты входного и итогового тестов',
    questions: 'Вопросы для повторения',
    items: 'Анализ вопросов',
    articles: 'Статьи и национальные контрольные перечни',
    polls: 'Экспресс-опросы',
  },
  summary: {
    participants: 'Участники',
    meanPre: 'Средний балл входного теста',
    meanPost: 'Средний балл итогового теста',
    meanGain: 'Средний прирост',
    normalisedGain: 'Нормализованный прирост',
    improved: 'Улучшили результат',
    findings: 'Основные выводы',
    overview: 'Зарегистрировано участников: {participants}. Дней семинара: {days}.',
    attendance:
      'В среднем участники посетили {average} из {days} дней; присутствовали все дни: {full}.',
    gain: 'Средний балл вырос с {pre} на входном тесте до {post} на итоговом, прирост составил {gain} процентных пункта (нормализованный прирост {normalised}).',
    noGain:
      'Ни один участник не прошёл и входной, и итоговый тест, поэтому прирост знаний рассчитать нельзя.',
    improvedSentence: 'Участники, улучшившие результат: {improved} из {both}.',
    strongestChapter: 'Наибольший прирост — {chapter} ({title}): {gain} процентных пункта.',
    weakestChapter: 'Самый низкий итоговый результат — {chapter} ({title}): {post}.',
    needHelp: 'Участники, которым может потребоваться дополнительная работа: {names}.',
  },
  charts: {
    distribution: 'Распределение баллов до и после',
    distributionNote: 'Число участников в каждом диапазоне баллов на входном и итоговом тестах.',
    byChapter: 'Результаты по главам',
    byChapterNote:
      'Доля правильных ответов на вопросы по каждой главе; число справа — прирост в процентных пунктах.',
    participantsAxis: 'Участники',
  },
  attendance: {
    note: 'Присутствие засчитывается как полный день, частичное присутствие — как полдня.',
    present: 'Присутствовал',
    partly: 'Частично',
    absent: 'Отсутствовал',
    unmarked: 'Не отмечено',
    daysAttended: 'Дней посещено',
    byCountry: 'По странам',
    byOrganisation: 'По организациям',
    byGender: 'По полу',
    everyDay: 'Присутствовали все дни',
    rate: 'Посещаемость',
    total: 'Итого',
  },
  genders: {
    female: 'Женский',
    male: 'Мужской',
    other: 'Другой',
    undisclosed: 'Предпочитает не указывать',
    unset: 'Не указан',
  },
  results: {
    note: 'Балл — доля правильных ответов. Прирост указан в процентных пунктах; нормализованный прирост — доля достигнутого из возможного улучшения.',
    pre: 'Входной тест',
    post: 'Итоговый тест',
    gain: 'Прирост',
    normalisedGain: 'Нормализованный прирост',
    needHelp: 'Участники, которым может потребоваться дополнительная работа',
    needHelpNote: 'Итоговый балл ниже 50 % или отсутствие прироста по сравнению с входным тестом.',
    noNeedHelp: 'Все участники набрали не менее 50 % на итоговом тесте и улучшили результат.',
    notTaken: 'Не пройден',
    points: '{value} п.п.',
  },
  questions: {
    note: 'Вопросы итогового теста, на которые правильно ответило меньше всего участников: темы для повторения.',
    facility: 'Правильных ответов',
    commonWrong: 'Самый частый неверный ответ',
    correct: 'Правильный ответ',
    none: 'Ответы на итоговый тест не записаны.',
  },
  items: {
    note: 'Лёгкость — доля участников, ответивших правильно; дискриминативность сравнивает лучших и худших и требует не менее четырёх участников.',
    answered: 'Ответов',
    facility: 'Лёгкость',
    discrimination: 'Дискриминативность',
    flags: 'Отметки',
    none: 'Ответы не записаны.',
    flagNames: {
      'too-hard': 'Слишком сложный',
      'too-easy': 'Слишком лёгкий',
      'poor-discrimination': 'Низкая дискриминативность',
    },
  },
  articles: {
    note: 'Правильные ответы на вопросы по каждой статье рядом с результатами той же статьи в последнем контрольном перечне каждой целевой страны.',
    noChecklists: 'Ни у одной целевой страны пока нет контрольного перечня осуществления.',
    checklists: 'Результаты контрольных перечней',
  },
  polls: {
    note: 'Опросы мнений и облака слов, проведённые в живом зале между блоками программы; без оценки.',
    answers: 'Ответов: {count}',
    none: 'На этом семинаре опросы не проводились.',
    words: 'Облако слов',
  },
  labels: {
    name: 'Имя',
    organisation: 'Организация',
    country: 'Страна',
    gender: 'Пол',
    role: 'Должность',
    email: 'Эл. почта',
    quiz: 'Тест',
    question: 'Вопрос',
    questionNumber: '№',
    questionId: 'Идентификатор вопроса',
    type: 'Тип',
    articles: 'Статьи',
    answer: 'Данный ответ',
    answerIds: 'Выбранные варианты',
    shownOrder: 'Показанный порядок',
    correctAnswer: 'Правильный ответ',
    credit: 'Балл за ответ',
    score: 'Результат',
    unanswered: 'Нет ответа',
    quizTitle: 'Название теста',
    finishedAt: 'Завершён',
    attemptId: 'Идентификатор попытки',
    participantId: 'Идентификатор участника',
    field: 'Поле',
    value: 'Значение',
  },
  questionTypes: {
    single: 'Один ответ',
    multiple: 'Несколько ответов',
    'true-false': 'Верно или неверно',
    matching: 'Сопоставление',
    scenario: 'Ситуационная задача',
  },
  sheets: {
    workshop: 'Семинар',
    attendance: 'Посещаемость',
    results: 'Результаты',
    items: 'Анализ вопросов',
    answers: 'Ответы',
    articles: 'Статьи',
  },
  certificate: {
    title: 'Сертификат об окончании',
    certify: 'Настоящим удостоверяется, что',
    completed: 'успешно прошёл(а) учебный семинар',
    subject: 'по Конвенции Организации Объединённых Наций против киберпреступности',
    heldIn: 'состоявшийся {dates}, место проведения: {place}',
    held: 'состоявшийся {dates}',
    facilitator: 'Ведущий',
    organiser: 'Организатор',
    code: 'Код проверки',
    issuedOn: 'Выдан {date}',
    verify:
      'Отсканируйте QR-код или введите код проверки в Convention Workbench, чтобы проверить сертификат.',
  },
  ineligible: {
    attendance: 'посетил(а) {actual} из требуемых {required} дней',
    postScore: 'набрал(а) {actual} на итоговом тесте, меньше требуемых {required}',
    noPostTest: 'не прошёл(а) итоговый тест',
  },
};

const sessionZh: SessionText = {
  reportTitle: '培训研讨会报告',
  cover: {
    dates: '日期',
    place: '地点',
    organiser: '主办方',
    facilitators: '主持人',
    audience: '对象',
    countries: '国家',
    participants: '学员',
  },
  sections: {
    summary: '摘要',
    attendance: '出勤情况',
    results: '前测与后测结果',
    questions: '需要复习的问题',
    items: '试题分析',
    articles: '条款与国家核查清单',
    polls: '快速投票',
  },
  summary: {
    participants: '学员',
    meanPre: '前测平均分',
    meanPost: '后测平均分',
    meanGain: '平均提高',
    normalisedGain: '标准化提高',
    improved: '成绩提高的学员',
    findings: '主要结论',
    overview: '登记学员：{participants}人。研讨会天数：{days}天。',
    attendance: '学员平均出勤 {average} 天（共 {days} 天）；全勤学员：{full}人。',
    gain: '平均分由前测的 {pre} 提高到后测的 {post}，提高了 {gain} 个百分点（标准化提高 {normalised}）。',
    noGain: '没有学员同时完成前测和后测，因此无法计算知识提高。',
    improvedSentence: '成绩提高的学员：{improved}人（共 {both} 人）。',
    strongestChapter: '提高最多的是{chapter}（{title}）：{gain} 个百分点。',
    weakestChapter: '后测结果最低的是{chapter}（{title}）：{post}。',
    needHelp: '可能需要跟进的学员：{names}。',
  },
  charts: {
    distribution: '培训前后的分数分布',
    distributionNote: '前测和后测中各分数段的学员人数。',
    byChapter: '按章的结果',
    byChapterNote: '各章相关试题的正确率；右侧数字为提高的百分点。',
    participantsAxis: '学员',
  },
  attendance: {
    note: '出席计为一整天，部分出席计为半天。',
    present: '出席',
    partly: '部分出席',
    absent: '缺席',
    unmarked: '未记录',
    daysAttended: '出勤天数',
    byCountry: '按国家',
    byOrganisation: '按单位',
    byGender: '按性别',
    everyDay: '全勤',
    rate: '出勤率',
    total: '合计',
  },
  genders: {
    female: '女',
    male: '男',
    other: '其他',
    undisclosed: '不愿透露',
    unset: '未填写',
  },
  results: {
    note: '分数为答对题目的比例。提高以百分点计；标准化提高为实际达到的可能提高幅度的比例。',
    pre: '前测',
    post: '后测',
    gain: '提高',
    normalisedGain: '标准化提高',
    needHelp: '可能需要跟进的学员',
    needHelpNote: '后测低于 50% 或较前测没有提高。',
    noNeedHelp: '所有学员后测均不低于 50% 且成绩有所提高。',
    notTaken: '未参加',
    points: '{value} 个百分点',
  },
  questions: {
    note: '后测中答对人数最少的问题：需要复习的主题。',
    facility: '答对率',
    commonWrong: '最常见的错误答案',
    correct: '正确答案',
    none: '尚无后测答题记录。',
  },
  items: {
    note: '难度系数为答对学员的比例；区分度比较高分组与低分组，至少需要四名学员。',
    answered: '作答数',
    facility: '难度系数',
    discrimination: '区分度',
    flags: '标记',
    none: '尚无答题记录。',
    flagNames: {
      'too-hard': '过难',
      'too-easy': '过易',
      'poor-discrimination': '区分度低',
    },
  },
  articles: {
    note: '各条款相关试题的正确率，以及各目标国家最新核查清单中同一条款的结果。',
    noChecklists: '目标国家尚无履约核查清单。',
    checklists: '核查清单结果',
  },
  polls: {
    note: '在议程环节之间于现场互动中进行的意见投票和词云；不计分。',
    answers: '回答数：{count}',
    none: '本次培训未进行投票。',
    words: '词云',
  },
  labels: {
    name: '姓名',
    organisation: '单位',
    country: '国家',
    gender: '性别',
    role: '职务',
    email: '电子邮件',
    quiz: '测验',
    question: '问题',
    questionNumber: '序号',
    questionId: '问题编号',
    type: '题型',
    articles: '条款',
    answer: '所答答案',
    answerIds: '所选选项',
    shownOrder: '显示顺序',
    correctAnswer: '正确答案',
    credit: '得分',
    score: '分数',
    unanswered: '未作答',
    quizTitle: '测验名称',
    finishedAt: '完成时间',
    attemptId: '作答编号',
    participantId: '学员编号',
    field: '项目',
    value: '内容',
  },
  questionTypes: {
    single: '单选',
    multiple: '多选',
    'true-false': '判断',
    matching: '配对',
    scenario: '情景题',
  },
  sheets: {
    workshop: '研讨会',
    attendance: '出勤',
    results: '结果',
    items: '试题分析',
    answers: '答题',
    articles: '条款',
  },
  certificate: {
    title: '结业证书',
    certify: '兹证明',
    completed: '已圆满完成培训研讨会',
    subject: '主题：《联合国打击网络犯罪公约》',
    heldIn: '举办地点：{place}，日期：{dates}',
    held: '日期：{dates}',
    facilitator: '主持人',
    organiser: '主办方',
    code: '验证码',
    issuedOn: '颁发日期：{date}',
    verify: '扫描二维码或在 Convention Workbench 中输入验证码，即可核验本证书。',
  },
  ineligible: {
    attendance: '出勤 {actual} 天，要求 {required} 天',
    postScore: '后测成绩 {actual}，低于要求的 {required}',
    noPostTest: '未参加后测',
  },
};

const sessionVi: SessionText = {
  reportTitle: 'Báo cáo hội thảo tập huấn',
  cover: {
    dates: 'Thời gian',
    place: 'Địa điểm',
    organiser: 'Đơn vị tổ chức',
    facilitators: 'Giảng viên',
    audience: 'Đối tượng',
    countries: 'Quốc gia',
    participants: 'Học viên',
  },
  sections: {
    summary: 'Tóm tắt',
    attendance: 'Điểm danh',
    results: 'Kết quả kiểm tra đầu vào và đầu ra',
    questions: 'Các câu hỏi cần ôn lại',
    items: 'Phân tích câu hỏi',
    articles: 'Các điều và bảng rà soát quốc gia',
    polls: 'Thăm dò nhanh',
  },
  summary: {
    participants: 'Học viên',
    meanPre: 'Điểm trung bình đầu vào',
    meanPost: 'Điểm trung bình đầu ra',
    meanGain: 'Mức tăng trung bình',
    normalisedGain: 'Mức tăng chuẩn hoá',
    improved: 'Học viên tiến bộ',
    findings: 'Kết quả chính',
    overview: 'Số học viên đăng ký: {participants}. Số ngày hội thảo: {days}.',
    attendance:
      'Trung bình mỗi học viên tham dự {average} trên {days} ngày; số học viên có mặt đủ các ngày: {full}.',
    gain: 'Điểm trung bình tăng từ {pre} ở bài kiểm tra đầu vào lên {post} ở bài kiểm tra đầu ra, tăng {gain} điểm phần trăm (mức tăng chuẩn hoá {normalised}).',
    noGain:
      'Chưa có học viên nào làm cả bài kiểm tra đầu vào và đầu ra nên chưa thể tính mức tăng kiến thức.',
    improvedSentence: 'Số học viên cải thiện điểm: {improved} trên {both}.',
    strongestChapter: 'Mức tăng lớn nhất thuộc {chapter} ({title}): {gain} điểm phần trăm.',
    weakestChapter: 'Kết quả đầu ra thấp nhất thuộc {chapter} ({title}): {post}.',
    needHelp: 'Học viên có thể cần hỗ trợ thêm: {names}.',
  },
  charts: {
    distribution: 'Phân bố điểm trước và sau tập huấn',
    distributionNote: 'Số học viên trong từng khoảng điểm, ở bài kiểm tra đầu vào và đầu ra.',
    byChapter: 'Kết quả theo chương',
    byChapterNote:
      'Tỷ lệ trả lời đúng các câu hỏi về từng chương; con số bên phải là mức tăng tính bằng điểm phần trăm.',
    participantsAxis: 'Học viên',
  },
  attendance: {
    note: 'Có mặt được tính là một ngày, có mặt một phần được tính là nửa ngày.',
    present: 'Có mặt',
    partly: 'Có mặt một phần',
    absent: 'Vắng mặt',
    unmarked: 'Chưa ghi nhận',
    daysAttended: 'Số ngày tham dự',
    byCountry: 'Theo quốc gia',
    byOrganisation: 'Theo cơ quan',
    byGender: 'Theo giới tính',
    everyDay: 'Có mặt đủ các ngày',
    rate: 'Tỷ lệ tham dự',
    total: 'Tổng',
  },
  genders: {
    female: 'Nữ',
    male: 'Nam',
    other: 'Khác',
    undisclosed: 'Không muốn nêu',
    unset: 'Chưa ghi',
  },
  results: {
    note: 'Điểm là tỷ lệ câu trả lời đúng. Mức tăng tính bằng điểm phần trăm; mức tăng chuẩn hoá là tỷ lệ đạt được so với mức có thể cải thiện.',
    pre: 'Đầu vào',
    post: 'Đầu ra',
    gain: 'Mức tăng',
    normalisedGain: 'Mức tăng chuẩn hoá',
    needHelp: 'Học viên có thể cần hỗ trợ thêm',
    needHelpNote: 'Điểm đầu ra dưới 50% hoặc không tăng so với đầu vào.',
    noNeedHelp: 'Tất cả học viên đạt ít nhất 50% ở bài đầu ra và đều tiến bộ.',
    notTaken: 'Chưa làm',
    points: '{value} điểm',
  },
  questions: {
    note: 'Các câu hỏi đầu ra có ít học viên trả lời đúng nhất: những nội dung cần ôn lại.',
    facility: 'Tỷ lệ đúng',
    commonWrong: 'Câu trả lời sai phổ biến nhất',
    correct: 'Đáp án đúng',
    none: 'Chưa có câu trả lời nào cho bài đầu ra.',
  },
  items: {
    note: 'Độ dễ là tỷ lệ học viên trả lời đúng; độ phân biệt so sánh nhóm điểm cao và nhóm điểm thấp, cần ít nhất bốn học viên.',
    answered: 'Số câu trả lời',
    facility: 'Độ dễ',
    discrimination: 'Độ phân biệt',
    flags: 'Cảnh báo',
    none: 'Chưa có câu trả lời nào.',
    flagNames: {
      'too-hard': 'Quá khó',
      'too-easy': 'Quá dễ',
      'poor-discrimination': 'Phân biệt kém',
    },
  },
  articles: {
    note: 'Tỷ lệ trả lời đúng các câu hỏi về từng điều, bên cạnh kết quả của cùng điều đó trong bảng rà soát mới nhất của từng quốc gia mục tiêu.',
    noChecklists: 'Chưa quốc gia mục tiêu nào có bảng rà soát thực thi.',
    checklists: 'Kết quả rà soát',
  },
  polls: {
    note: 'Các cuộc thăm dò ý kiến và đám mây từ khóa chạy trong phòng trực tiếp giữa các phần chương trình; không chấm điểm.',
    answers: 'Số câu trả lời: {count}',
    none: 'Hội thảo này không có cuộc thăm dò nào.',
    words: 'Đám mây từ',
  },
  labels: {
    name: 'Họ tên',
    organisation: 'Cơ quan',
    country: 'Quốc gia',
    gender: 'Giới tính',
    role: 'Chức vụ',
    email: 'Thư điện tử',
    quiz: 'Bài kiểm tra',
    question: 'Câu hỏi',
    questionNumber: 'STT',
    questionId: 'Mã câu hỏi',
    type: 'Loại',
    articles: 'Điều',
    answer: 'Câu trả lời',
    answerIds: 'Phương án đã chọn',
    shownOrder: 'Thứ tự hiển thị',
    correctAnswer: 'Đáp án đúng',
    credit: 'Điểm',
    score: 'Kết quả',
    unanswered: 'Chưa trả lời',
    quizTitle: 'Tên bài kiểm tra',
    finishedAt: 'Hoàn thành lúc',
    attemptId: 'Mã lượt làm bài',
    participantId: 'Mã học viên',
    field: 'Mục',
    value: 'Nội dung',
  },
  questionTypes: {
    single: 'Một lựa chọn',
    multiple: 'Nhiều lựa chọn',
    'true-false': 'Đúng hay sai',
    matching: 'Ghép cặp',
    scenario: 'Tình huống',
  },
  sheets: {
    workshop: 'Hội thảo',
    attendance: 'Điểm danh',
    results: 'Kết quả',
    items: 'Phân tích câu hỏi',
    answers: 'Câu trả lời',
    articles: 'Các điều',
  },
  certificate: {
    title: 'Chứng nhận hoàn thành',
    certify: 'Chứng nhận',
    completed: 'đã hoàn thành hội thảo tập huấn',
    subject: 'về Công ước của Liên Hợp Quốc về chống tội phạm mạng',
    heldIn: 'tổ chức tại {place}, {dates}',
    held: 'tổ chức {dates}',
    facilitator: 'Giảng viên',
    organiser: 'Đơn vị tổ chức',
    code: 'Mã xác minh',
    issuedOn: 'Cấp ngày {date}',
    verify:
      'Quét mã QR hoặc nhập mã xác minh trong Convention Workbench để kiểm tra chứng nhận này.',
  },
  ineligible: {
    attendance: 'tham dự {actual} trên {required} ngày yêu cầu',
    postScore: 'đạt {actual} ở bài đầu ra, thấp hơn mức {required} yêu cầu',
    noPostTest: 'chưa làm bài kiểm tra đầu ra',
  },
};

const SESSION_CATALOGS: Record<ReportLanguage, SessionText> = {
  en: sessionEn,
  fr: sessionFr,
  es: sessionEs,
  ar: sessionAr,
  ru: sessionRu,
  zh: sessionZh,
  vi: sessionVi,
};

/** The fixed text of workshop reports and certificates in one report language. */
export function sessionText(language: ReportLanguage): SessionText {
  return SESSION_CATALOGS[language];
}

/** A span of days written out in the report language: "1–2 December 2026", "2026年12月1日至2日". */
export function formatDateRange(start: string, end: string, language: ReportLanguage): string {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const a = day(start);
  const b = day(end);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return `${start} – ${end}`;
  const format = new Intl.DateTimeFormat(reportLocale(language), {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  if (start === end) return format.format(a);
  if (language === 'zh') {
    // ICU writes Chinese ranges as "2026/12/1 – 2026/12/2": spell them out instead.
    const [y1, m1, d1] = [a.getUTCFullYear(), a.getUTCMonth() + 1, a.getUTCDate()];
    const [y2, m2, d2] = [b.getUTCFullYear(), b.getUTCMonth() + 1, b.getUTCDate()];
    const tail = y1 !== y2 ? `${y2}年${m2}月${d2}日` : m1 !== m2 ? `${m2}月${d2}日` : `${d2}日`;
    return `${y1}年${m1}月${d1}日至${tail}`;
  }
  return format.formatRange(a, b);
}
