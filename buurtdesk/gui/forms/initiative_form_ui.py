# GENERATED FILE: made by pyside6-uic from ui/initiative_form.ui (bash ui/compile.sh).
# Do not edit; change the .ui file in Qt Designer and compile again.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'initiative_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QScrollArea, QSizePolicy, QSpacerItem,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_InitiativeForm(object):
    def setupUi(self, InitiativeForm):
        if not InitiativeForm.objectName():
            InitiativeForm.setObjectName(u"InitiativeForm")
        InitiativeForm.resize(480, 520)
        InitiativeForm.setDocumentMode(True)
        self.detailsPage = QWidget()
        self.detailsPage.setObjectName(u"detailsPage")
        self.detailsPageLayout = QVBoxLayout(self.detailsPage)
        self.detailsPageLayout.setSpacing(0)
        self.detailsPageLayout.setObjectName(u"detailsPageLayout")
        self.detailsPageLayout.setContentsMargins(0, 0, 0, 0)
        self.detailsPageScroll = QScrollArea(self.detailsPage)
        self.detailsPageScroll.setObjectName(u"detailsPageScroll")
        self.detailsPageScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailsPageScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detailsPageScroll.setWidgetResizable(True)
        self.detailsPageContents = QWidget()
        self.detailsPageContents.setObjectName(u"detailsPageContents")
        self.detailsLayout = QVBoxLayout(self.detailsPageContents)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, 0, 0, 0)
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.detailsForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.detailsForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.detailsForm.setHorizontalSpacing(14)
        self.detailsForm.setVerticalSpacing(8)
        self.detailsForm.setContentsMargins(4, 12, 12, 12)
        self.titleLabel = QLabel(self.detailsPageContents)
        self.titleLabel.setObjectName(u"titleLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.detailsPageContents)
        self.titleEdit.setObjectName(u"titleEdit")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.descriptionLabel = QLabel(self.detailsPageContents)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.detailsPageContents)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.initiatorsLabel = QLabel(self.detailsPageContents)
        self.initiatorsLabel.setObjectName(u"initiatorsLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.initiatorsLabel)

        self.initiatorsHolder = QWidget(self.detailsPageContents)
        self.initiatorsHolder.setObjectName(u"initiatorsHolder")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.initiatorsHolder)

        self.partnersLabel = QLabel(self.detailsPageContents)
        self.partnersLabel.setObjectName(u"partnersLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.partnersLabel)

        self.partnersHolder = QWidget(self.detailsPageContents)
        self.partnersHolder.setObjectName(u"partnersHolder")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.partnersHolder)

        self.themesLabel = QLabel(self.detailsPageContents)
        self.themesLabel.setObjectName(u"themesLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.themesLabel)

        self.themesHolder = QWidget(self.detailsPageContents)
        self.themesHolder.setObjectName(u"themesHolder")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.themesHolder)

        self.areaLabel = QLabel(self.detailsPageContents)
        self.areaLabel.setObjectName(u"areaLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaCombo = QComboBox(self.detailsPageContents)
        self.areaCombo.setObjectName(u"areaCombo")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.areaCombo)

        self.nextStepLabel = QLabel(self.detailsPageContents)
        self.nextStepLabel.setObjectName(u"nextStepLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nextStepLabel)

        self.nextStepEdit = QLineEdit(self.detailsPageContents)
        self.nextStepEdit.setObjectName(u"nextStepEdit")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nextStepEdit)

        self.dueLabel = QLabel(self.detailsPageContents)
        self.dueLabel.setObjectName(u"dueLabel")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueRow = QWidget(self.detailsPageContents)
        self.dueRow.setObjectName(u"dueRow")
        self.dueRowLayout = QHBoxLayout(self.dueRow)
        self.dueRowLayout.setSpacing(8)
        self.dueRowLayout.setObjectName(u"dueRowLayout")
        self.dueRowLayout.setContentsMargins(0, 0, 0, 0)
        self.dueHolder = QWidget(self.dueRow)
        self.dueHolder.setObjectName(u"dueHolder")

        self.dueRowLayout.addWidget(self.dueHolder)

        self.dueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueRowLayout.addItem(self.dueSpacer)

        self.dueRowLayout.setStretch(0, 2)
        self.dueRowLayout.setStretch(1, 3)

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dueRow)


        self.detailsLayout.addLayout(self.detailsForm)

        self.detailsLayoutStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsLayoutStretch)

        self.detailsPageScroll.setWidget(self.detailsPageContents)

        self.detailsPageLayout.addWidget(self.detailsPageScroll)

        InitiativeForm.addTab(self.detailsPage, "")
        self.needsPage = QWidget()
        self.needsPage.setObjectName(u"needsPage")
        InitiativeForm.addTab(self.needsPage, "")
        self.supportPage = QWidget()
        self.supportPage.setObjectName(u"supportPage")
        InitiativeForm.addTab(self.supportPage, "")
        self.moneyPage = QWidget()
        self.moneyPage.setObjectName(u"moneyPage")
        self.moneyPageLayout = QVBoxLayout(self.moneyPage)
        self.moneyPageLayout.setSpacing(0)
        self.moneyPageLayout.setObjectName(u"moneyPageLayout")
        self.moneyPageLayout.setContentsMargins(0, 0, 0, 0)
        self.moneyPageScroll = QScrollArea(self.moneyPage)
        self.moneyPageScroll.setObjectName(u"moneyPageScroll")
        self.moneyPageScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.moneyPageScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.moneyPageScroll.setWidgetResizable(True)
        self.moneyPageContents = QWidget()
        self.moneyPageContents.setObjectName(u"moneyPageContents")
        self.moneyLayout = QVBoxLayout(self.moneyPageContents)
        self.moneyLayout.setObjectName(u"moneyLayout")
        self.moneyLayout.setContentsMargins(0, 0, 0, 0)
        self.moneyForm = QFormLayout()
        self.moneyForm.setObjectName(u"moneyForm")
        self.moneyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.moneyForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.moneyForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.moneyForm.setHorizontalSpacing(14)
        self.moneyForm.setVerticalSpacing(8)
        self.moneyForm.setContentsMargins(4, 12, 12, 12)
        self.budgetAskedLabel = QLabel(self.moneyPageContents)
        self.budgetAskedLabel.setObjectName(u"budgetAskedLabel")

        self.moneyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.budgetAskedLabel)

        self.budgetAskedRow = QWidget(self.moneyPageContents)
        self.budgetAskedRow.setObjectName(u"budgetAskedRow")
        self.budgetAskedRowLayout = QHBoxLayout(self.budgetAskedRow)
        self.budgetAskedRowLayout.setSpacing(8)
        self.budgetAskedRowLayout.setObjectName(u"budgetAskedRowLayout")
        self.budgetAskedRowLayout.setContentsMargins(0, 0, 0, 0)
        self.budgetAskedEuro = QLabel(self.budgetAskedRow)
        self.budgetAskedEuro.setObjectName(u"budgetAskedEuro")

        self.budgetAskedRowLayout.addWidget(self.budgetAskedEuro)

        self.budgetAskedEdit = QLineEdit(self.budgetAskedRow)
        self.budgetAskedEdit.setObjectName(u"budgetAskedEdit")

        self.budgetAskedRowLayout.addWidget(self.budgetAskedEdit)

        self.budgetAskedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.budgetAskedRowLayout.addItem(self.budgetAskedSpacer)

        self.budgetAskedRowLayout.setStretch(1, 2)
        self.budgetAskedRowLayout.setStretch(2, 1)

        self.moneyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.budgetAskedRow)

        self.budgetGrantedLabel = QLabel(self.moneyPageContents)
        self.budgetGrantedLabel.setObjectName(u"budgetGrantedLabel")

        self.moneyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.budgetGrantedLabel)

        self.budgetGrantedRow = QWidget(self.moneyPageContents)
        self.budgetGrantedRow.setObjectName(u"budgetGrantedRow")
        self.budgetGrantedRowLayout = QHBoxLayout(self.budgetGrantedRow)
        self.budgetGrantedRowLayout.setSpacing(8)
        self.budgetGrantedRowLayout.setObjectName(u"budgetGrantedRowLayout")
        self.budgetGrantedRowLayout.setContentsMargins(0, 0, 0, 0)
        self.budgetGrantedEuro = QLabel(self.budgetGrantedRow)
        self.budgetGrantedEuro.setObjectName(u"budgetGrantedEuro")

        self.budgetGrantedRowLayout.addWidget(self.budgetGrantedEuro)

        self.budgetGrantedEdit = QLineEdit(self.budgetGrantedRow)
        self.budgetGrantedEdit.setObjectName(u"budgetGrantedEdit")

        self.budgetGrantedRowLayout.addWidget(self.budgetGrantedEdit)

        self.budgetGrantedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.budgetGrantedRowLayout.addItem(self.budgetGrantedSpacer)

        self.budgetGrantedRowLayout.setStretch(1, 2)
        self.budgetGrantedRowLayout.setStretch(2, 1)

        self.moneyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.budgetGrantedRow)

        self.fundLabel = QLabel(self.moneyPageContents)
        self.fundLabel.setObjectName(u"fundLabel")

        self.moneyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fundLabel)

        self.fundCombo = QComboBox(self.moneyPageContents)
        self.fundCombo.setObjectName(u"fundCombo")
        self.fundCombo.setEditable(True)

        self.moneyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fundCombo)

        self.spentLabel = QLabel(self.moneyPageContents)
        self.spentLabel.setObjectName(u"spentLabel")

        self.moneyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.spentLabel)

        self.spentRow = QWidget(self.moneyPageContents)
        self.spentRow.setObjectName(u"spentRow")
        self.spentRowLayout = QHBoxLayout(self.spentRow)
        self.spentRowLayout.setSpacing(8)
        self.spentRowLayout.setObjectName(u"spentRowLayout")
        self.spentRowLayout.setContentsMargins(0, 0, 0, 0)
        self.spentEuro = QLabel(self.spentRow)
        self.spentEuro.setObjectName(u"spentEuro")

        self.spentRowLayout.addWidget(self.spentEuro)

        self.spentEdit = QLineEdit(self.spentRow)
        self.spentEdit.setObjectName(u"spentEdit")

        self.spentRowLayout.addWidget(self.spentEdit)

        self.spentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.spentRowLayout.addItem(self.spentSpacer)

        self.spentRowLayout.setStretch(1, 2)
        self.spentRowLayout.setStretch(2, 1)

        self.moneyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.spentRow)

        self.receiptsLabel = QLabel(self.moneyPageContents)
        self.receiptsLabel.setObjectName(u"receiptsLabel")

        self.moneyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.receiptsLabel)

        self.receiptsCheck = QCheckBox(self.moneyPageContents)
        self.receiptsCheck.setObjectName(u"receiptsCheck")

        self.moneyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.receiptsCheck)

        self.leftLabel = QLabel(self.moneyPageContents)
        self.leftLabel.setObjectName(u"leftLabel")

        self.moneyForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.leftLabel)

        self.leftValue = QLabel(self.moneyPageContents)
        self.leftValue.setObjectName(u"leftValue")

        self.moneyForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.leftValue)


        self.moneyLayout.addLayout(self.moneyForm)

        self.moneyLayoutStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moneyLayout.addItem(self.moneyLayoutStretch)

        self.moneyPageScroll.setWidget(self.moneyPageContents)

        self.moneyPageLayout.addWidget(self.moneyPageScroll)

        InitiativeForm.addTab(self.moneyPage, "")
        self.checklistPage = QWidget()
        self.checklistPage.setObjectName(u"checklistPage")
        InitiativeForm.addTab(self.checklistPage, "")
        self.timelinePage = QWidget()
        self.timelinePage.setObjectName(u"timelinePage")
        self.timelinePageLayout = QVBoxLayout(self.timelinePage)
        self.timelinePageLayout.setSpacing(0)
        self.timelinePageLayout.setObjectName(u"timelinePageLayout")
        self.timelinePageLayout.setContentsMargins(0, 0, 0, 0)
        self.timelinePageScroll = QScrollArea(self.timelinePage)
        self.timelinePageScroll.setObjectName(u"timelinePageScroll")
        self.timelinePageScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.timelinePageScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timelinePageScroll.setWidgetResizable(True)
        self.timelinePageContents = QWidget()
        self.timelinePageContents.setObjectName(u"timelinePageContents")
        self.timelineLayout = QVBoxLayout(self.timelinePageContents)
        self.timelineLayout.setSpacing(6)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineLayout.setContentsMargins(4, 12, 12, 12)
        self.timelineHeading = QLabel(self.timelinePageContents)
        self.timelineHeading.setObjectName(u"timelineHeading")

        self.timelineLayout.addWidget(self.timelineHeading)

        self.timelineHolder = QWidget(self.timelinePageContents)
        self.timelineHolder.setObjectName(u"timelineHolder")

        self.timelineLayout.addWidget(self.timelineHolder)

        self.endHeading = QLabel(self.timelinePageContents)
        self.endHeading.setObjectName(u"endHeading")

        self.timelineLayout.addWidget(self.endHeading)

        self.endForm = QFormLayout()
        self.endForm.setObjectName(u"endForm")
        self.endForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.endForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.endForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.endForm.setHorizontalSpacing(14)
        self.endForm.setVerticalSpacing(8)
        self.endForm.setContentsMargins(4, 12, 12, 12)
        self.outcomeLabel = QLabel(self.timelinePageContents)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.endForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeEdit = QPlainTextEdit(self.timelinePageContents)
        self.outcomeEdit.setObjectName(u"outcomeEdit")
        self.outcomeEdit.setTabChangesFocus(True)

        self.endForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)

        self.lessonsLabel = QLabel(self.timelinePageContents)
        self.lessonsLabel.setObjectName(u"lessonsLabel")

        self.endForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lessonsLabel)

        self.lessonsEdit = QPlainTextEdit(self.timelinePageContents)
        self.lessonsEdit.setObjectName(u"lessonsEdit")
        self.lessonsEdit.setTabChangesFocus(True)

        self.endForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lessonsEdit)


        self.timelineLayout.addLayout(self.endForm)

        self.timelineStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.timelineLayout.addItem(self.timelineStretch)

        self.timelinePageScroll.setWidget(self.timelinePageContents)

        self.timelinePageLayout.addWidget(self.timelinePageScroll)

        InitiativeForm.addTab(self.timelinePage, "")
#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.initiatorsLabel.setBuddy(self.initiatorsHolder)
        self.partnersLabel.setBuddy(self.partnersHolder)
        self.themesLabel.setBuddy(self.themesHolder)
        self.areaLabel.setBuddy(self.areaCombo)
        self.nextStepLabel.setBuddy(self.nextStepEdit)
        self.dueLabel.setBuddy(self.dueHolder)
        self.budgetAskedLabel.setBuddy(self.budgetAskedEdit)
        self.budgetGrantedLabel.setBuddy(self.budgetGrantedEdit)
        self.fundLabel.setBuddy(self.fundCombo)
        self.spentLabel.setBuddy(self.spentEdit)
        self.receiptsLabel.setBuddy(self.receiptsCheck)
        self.leftLabel.setBuddy(self.leftValue)
        self.outcomeLabel.setBuddy(self.outcomeEdit)
        self.lessonsLabel.setBuddy(self.lessonsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.areaCombo)
        QWidget.setTabOrder(self.areaCombo, self.nextStepEdit)
        QWidget.setTabOrder(self.nextStepEdit, self.budgetAskedEdit)
        QWidget.setTabOrder(self.budgetAskedEdit, self.budgetGrantedEdit)
        QWidget.setTabOrder(self.budgetGrantedEdit, self.fundCombo)
        QWidget.setTabOrder(self.fundCombo, self.spentEdit)
        QWidget.setTabOrder(self.spentEdit, self.receiptsCheck)
        QWidget.setTabOrder(self.receiptsCheck, self.outcomeEdit)
        QWidget.setTabOrder(self.outcomeEdit, self.lessonsEdit)

        self.retranslateUi(InitiativeForm)

        InitiativeForm.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(InitiativeForm)
    # setupUi

    def retranslateUi(self, InitiativeForm):
#if QT_CONFIG(accessibility)
        InitiativeForm.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Initiative details", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("InitiativeForm", u"Title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("InitiativeForm", u"e.g. Moestuin achter de flat", None))
        self.descriptionLabel.setText(QCoreApplication.translate("InitiativeForm", u"Description", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("InitiativeForm", u"What the residents want to do, and why", None))
        self.initiatorsLabel.setText(QCoreApplication.translate("InitiativeForm", u"Initiators", None))
#if QT_CONFIG(accessibility)
        self.initiatorsHolder.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Initiators", None))
#endif // QT_CONFIG(accessibility)
        self.partnersLabel.setText(QCoreApplication.translate("InitiativeForm", u"Partners", None))
#if QT_CONFIG(accessibility)
        self.partnersHolder.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Partner organisations", None))
#endif // QT_CONFIG(accessibility)
        self.themesLabel.setText(QCoreApplication.translate("InitiativeForm", u"Themes", None))
#if QT_CONFIG(accessibility)
        self.themesHolder.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Themes", None))
#endif // QT_CONFIG(accessibility)
        self.areaLabel.setText(QCoreApplication.translate("InitiativeForm", u"Buurt", None))
#if QT_CONFIG(accessibility)
        self.areaCombo.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Buurt", None))
#endif // QT_CONFIG(accessibility)
        self.nextStepLabel.setText(QCoreApplication.translate("InitiativeForm", u"Next step", None))
#if QT_CONFIG(accessibility)
        self.nextStepEdit.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Next step", None))
#endif // QT_CONFIG(accessibility)
        self.nextStepEdit.setPlaceholderText(QCoreApplication.translate("InitiativeForm", u"e.g. Bel de woningcorporatie over de grond", None))
        self.dueLabel.setText(QCoreApplication.translate("InitiativeForm", u"Due", None))
#if QT_CONFIG(accessibility)
        self.dueHolder.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Next step due date", None))
#endif // QT_CONFIG(accessibility)
        InitiativeForm.setTabText(InitiativeForm.indexOf(self.detailsPage), QCoreApplication.translate("InitiativeForm", u"Initiative", None))
        InitiativeForm.setTabText(InitiativeForm.indexOf(self.needsPage), QCoreApplication.translate("InitiativeForm", u"Needs", None))
        InitiativeForm.setTabText(InitiativeForm.indexOf(self.supportPage), QCoreApplication.translate("InitiativeForm", u"Support", None))
        self.budgetAskedLabel.setText(QCoreApplication.translate("InitiativeForm", u"Asked", None))
        self.budgetAskedEuro.setText(QCoreApplication.translate("InitiativeForm", u"\u20ac", None))
#if QT_CONFIG(accessibility)
        self.budgetAskedEdit.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Budget asked", None))
#endif // QT_CONFIG(accessibility)
        self.budgetAskedEdit.setPlaceholderText(QCoreApplication.translate("InitiativeForm", u"0,00", None))
        self.budgetGrantedLabel.setText(QCoreApplication.translate("InitiativeForm", u"Granted", None))
        self.budgetGrantedEuro.setText(QCoreApplication.translate("InitiativeForm", u"\u20ac", None))
#if QT_CONFIG(accessibility)
        self.budgetGrantedEdit.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Budget granted", None))
#endif // QT_CONFIG(accessibility)
        self.budgetGrantedEdit.setPlaceholderText(QCoreApplication.translate("InitiativeForm", u"0,00", None))
        self.fundLabel.setText(QCoreApplication.translate("InitiativeForm", u"Fund", None))
#if QT_CONFIG(accessibility)
        self.fundCombo.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Fund", None))
#endif // QT_CONFIG(accessibility)
        self.spentLabel.setText(QCoreApplication.translate("InitiativeForm", u"Spent", None))
        self.spentEuro.setText(QCoreApplication.translate("InitiativeForm", u"\u20ac", None))
#if QT_CONFIG(accessibility)
        self.spentEdit.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Spent", None))
#endif // QT_CONFIG(accessibility)
        self.spentEdit.setPlaceholderText(QCoreApplication.translate("InitiativeForm", u"0,00", None))
        self.receiptsLabel.setText(QCoreApplication.translate("InitiativeForm", u"Receipts", None))
        self.receiptsCheck.setText(QCoreApplication.translate("InitiativeForm", u"Receipts received", None))
#if QT_CONFIG(accessibility)
        self.receiptsCheck.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Receipts received", None))
#endif // QT_CONFIG(accessibility)
        self.leftLabel.setText(QCoreApplication.translate("InitiativeForm", u"Left", None))
        self.leftValue.setText("")
        InitiativeForm.setTabText(InitiativeForm.indexOf(self.moneyPage), QCoreApplication.translate("InitiativeForm", u"Money", None))
        InitiativeForm.setTabText(InitiativeForm.indexOf(self.checklistPage), QCoreApplication.translate("InitiativeForm", u"Checklist", None))
        self.timelineHeading.setText(QCoreApplication.translate("InitiativeForm", u"Stages", None))
#if QT_CONFIG(accessibility)
        self.timelineHolder.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Stages and how long each took", None))
#endif // QT_CONFIG(accessibility)
        self.endHeading.setText(QCoreApplication.translate("InitiativeForm", u"At the end", None))
        self.outcomeLabel.setText(QCoreApplication.translate("InitiativeForm", u"Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcomeEdit.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeEdit.setPlaceholderText(QCoreApplication.translate("InitiativeForm", u"What came of it", None))
        self.lessonsLabel.setText(QCoreApplication.translate("InitiativeForm", u"Lessons", None))
#if QT_CONFIG(accessibility)
        self.lessonsEdit.setAccessibleName(QCoreApplication.translate("InitiativeForm", u"Lessons", None))
#endif // QT_CONFIG(accessibility)
        self.lessonsEdit.setPlaceholderText(QCoreApplication.translate("InitiativeForm", u"What we would do the same, or differently, next time", None))
        InitiativeForm.setTabText(InitiativeForm.indexOf(self.timelinePage), QCoreApplication.translate("InitiativeForm", u"History", None))
    # retranslateUi

