# GENERATED FILE: made by pyside6-uic from ui/activity_form.ui (bash ui/compile.sh).
# Do not edit; change the .ui file in Qt Designer and compile again.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_form.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QWidget)

class Ui_ActivityForm(object):
    def setupUi(self, ActivityForm):
        if not ActivityForm.objectName():
            ActivityForm.setObjectName(u"ActivityForm")
        ActivityForm.resize(520, 640)
        self.formLayout = QFormLayout(ActivityForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(14)
        self.formLayout.setVerticalSpacing(8)
        self.formLayout.setContentsMargins(4, 12, 12, 12)
        self.titleLabel = QLabel(ActivityForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ActivityForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.descriptionLabel = QLabel(ActivityForm)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ActivityForm)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.roomLabel = QLabel(ActivityForm)
        self.roomLabel.setObjectName(u"roomLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomCombo = QComboBox(ActivityForm)
        self.roomCombo.setObjectName(u"roomCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roomCombo)

        self.dateLabel = QLabel(ActivityForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateRow = QWidget(ActivityForm)
        self.dateRow.setObjectName(u"dateRow")
        self.dateRowLayout = QHBoxLayout(self.dateRow)
        self.dateRowLayout.setSpacing(8)
        self.dateRowLayout.setObjectName(u"dateRowLayout")
        self.dateRowLayout.setContentsMargins(0, 0, 0, 0)
        self.dateEdit = QLineEdit(self.dateRow)
        self.dateEdit.setObjectName(u"dateEdit")

        self.dateRowLayout.addWidget(self.dateEdit)

        self.dateWeekday = QLabel(self.dateRow)
        self.dateWeekday.setObjectName(u"dateWeekday")

        self.dateRowLayout.addWidget(self.dateWeekday)

        self.dateRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRowLayout.addItem(self.dateRowSpacer)

        self.dateRowLayout.setStretch(0, 2)
        self.dateRowLayout.setStretch(1, 2)
        self.dateRowLayout.setStretch(2, 1)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateRow)

        self.timeLabel = QLabel(ActivityForm)
        self.timeLabel.setObjectName(u"timeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeRow = QWidget(ActivityForm)
        self.timeRow.setObjectName(u"timeRow")
        self.timeRowLayout = QHBoxLayout(self.timeRow)
        self.timeRowLayout.setSpacing(8)
        self.timeRowLayout.setObjectName(u"timeRowLayout")
        self.timeRowLayout.setContentsMargins(0, 0, 0, 0)
        self.startEdit = QLineEdit(self.timeRow)
        self.startEdit.setObjectName(u"startEdit")

        self.timeRowLayout.addWidget(self.startEdit)

        self.timeToLabel = QLabel(self.timeRow)
        self.timeToLabel.setObjectName(u"timeToLabel")

        self.timeRowLayout.addWidget(self.timeToLabel)

        self.endEdit = QLineEdit(self.timeRow)
        self.endEdit.setObjectName(u"endEdit")

        self.timeRowLayout.addWidget(self.endEdit)

        self.timeRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRowLayout.addItem(self.timeRowSpacer)

        self.timeRowLayout.setStretch(0, 2)
        self.timeRowLayout.setStretch(2, 2)
        self.timeRowLayout.setStretch(3, 1)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.timeRow)

        self.repeatLabel = QLabel(ActivityForm)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatHolder = QWidget(ActivityForm)
        self.repeatHolder.setObjectName(u"repeatHolder")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.repeatHolder)

        self.capacityLabel = QLabel(ActivityForm)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacityRow = QWidget(ActivityForm)
        self.capacityRow.setObjectName(u"capacityRow")
        self.capacityRowLayout = QHBoxLayout(self.capacityRow)
        self.capacityRowLayout.setSpacing(8)
        self.capacityRowLayout.setObjectName(u"capacityRowLayout")
        self.capacityRowLayout.setContentsMargins(0, 0, 0, 0)
        self.capacityEdit = QLineEdit(self.capacityRow)
        self.capacityEdit.setObjectName(u"capacityEdit")

        self.capacityRowLayout.addWidget(self.capacityEdit)

        self.signupCheck = QCheckBox(self.capacityRow)
        self.signupCheck.setObjectName(u"signupCheck")

        self.capacityRowLayout.addWidget(self.signupCheck)

        self.capacityRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.capacityRowLayout.addItem(self.capacityRowSpacer)

        self.capacityRowLayout.setStretch(0, 1)
        self.capacityRowLayout.setStretch(2, 1)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.capacityRow)

        self.costLabel = QLabel(ActivityForm)
        self.costLabel.setObjectName(u"costLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.costLabel)

        self.costRow = QWidget(ActivityForm)
        self.costRow.setObjectName(u"costRow")
        self.costRowLayout = QHBoxLayout(self.costRow)
        self.costRowLayout.setSpacing(8)
        self.costRowLayout.setObjectName(u"costRowLayout")
        self.costRowLayout.setContentsMargins(0, 0, 0, 0)
        self.costEdit = QLineEdit(self.costRow)
        self.costEdit.setObjectName(u"costEdit")

        self.costRowLayout.addWidget(self.costEdit)

        self.costRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.costRowLayout.addItem(self.costRowSpacer)

        self.costRowLayout.setStretch(0, 1)
        self.costRowLayout.setStretch(1, 1)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.costRow)

        self.themesLabel = QLabel(ActivityForm)
        self.themesLabel.setObjectName(u"themesLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.themesLabel)

        self.themesHolder = QWidget(ActivityForm)
        self.themesHolder.setObjectName(u"themesHolder")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.themesHolder)

        self.organisersLabel = QLabel(ActivityForm)
        self.organisersLabel.setObjectName(u"organisersLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.organisersLabel)

        self.organisersHolder = QWidget(ActivityForm)
        self.organisersHolder.setObjectName(u"organisersHolder")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.organisersHolder)

        self.initiativeLabel = QLabel(ActivityForm)
        self.initiativeLabel.setObjectName(u"initiativeLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.initiativeLabel)

        self.initiativeCombo = QComboBox(ActivityForm)
        self.initiativeCombo.setObjectName(u"initiativeCombo")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.initiativeCombo)

        self.statusLabel = QLabel(ActivityForm)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ActivityForm)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.statusCombo)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.roomLabel.setBuddy(self.roomCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.startEdit)
        self.repeatLabel.setBuddy(self.repeatHolder)
        self.capacityLabel.setBuddy(self.capacityEdit)
        self.costLabel.setBuddy(self.costEdit)
        self.themesLabel.setBuddy(self.themesHolder)
        self.organisersLabel.setBuddy(self.organisersHolder)
        self.initiativeLabel.setBuddy(self.initiativeCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.roomCombo)
        QWidget.setTabOrder(self.roomCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.capacityEdit)
        QWidget.setTabOrder(self.capacityEdit, self.signupCheck)
        QWidget.setTabOrder(self.signupCheck, self.costEdit)
        QWidget.setTabOrder(self.costEdit, self.initiativeCombo)
        QWidget.setTabOrder(self.initiativeCombo, self.statusCombo)

        self.retranslateUi(ActivityForm)

        QMetaObject.connectSlotsByName(ActivityForm)
    # setupUi

    def retranslateUi(self, ActivityForm):
#if QT_CONFIG(accessibility)
        ActivityForm.setAccessibleName(QCoreApplication.translate("ActivityForm", u"Activity details", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ActivityForm", u"Title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("ActivityForm", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ActivityForm", u"e.g. Koffieochtend", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ActivityForm", u"Description", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("ActivityForm", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.roomLabel.setText(QCoreApplication.translate("ActivityForm", u"Room", None))
#if QT_CONFIG(accessibility)
        self.roomCombo.setAccessibleName(QCoreApplication.translate("ActivityForm", u"Room", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("ActivityForm", u"Date", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("ActivityForm", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("ActivityForm", u"dd-mm-yyyy", None))
        self.dateWeekday.setText("")
        self.timeLabel.setText(QCoreApplication.translate("ActivityForm", u"Time", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("ActivityForm", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.startEdit.setPlaceholderText(QCoreApplication.translate("ActivityForm", u"10:00", None))
        self.timeToLabel.setText(QCoreApplication.translate("ActivityForm", u"to", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("ActivityForm", u"End time", None))
#endif // QT_CONFIG(accessibility)
        self.endEdit.setPlaceholderText(QCoreApplication.translate("ActivityForm", u"12:00", None))
        self.repeatLabel.setText(QCoreApplication.translate("ActivityForm", u"Repeat", None))
        self.capacityLabel.setText(QCoreApplication.translate("ActivityForm", u"Capacity", None))
#if QT_CONFIG(accessibility)
        self.capacityEdit.setAccessibleName(QCoreApplication.translate("ActivityForm", u"Capacity", None))
#endif // QT_CONFIG(accessibility)
        self.capacityEdit.setPlaceholderText(QCoreApplication.translate("ActivityForm", u"no limit", None))
        self.signupCheck.setText(QCoreApplication.translate("ActivityForm", u"Sign-up required", None))
#if QT_CONFIG(accessibility)
        self.signupCheck.setAccessibleName(QCoreApplication.translate("ActivityForm", u"Sign-up required", None))
#endif // QT_CONFIG(accessibility)
        self.costLabel.setText(QCoreApplication.translate("ActivityForm", u"Cost", None))
#if QT_CONFIG(accessibility)
        self.costEdit.setAccessibleName(QCoreApplication.translate("ActivityForm", u"Cost", None))
#endif // QT_CONFIG(accessibility)
        self.costEdit.setPlaceholderText(QCoreApplication.translate("ActivityForm", u"free", None))
        self.themesLabel.setText(QCoreApplication.translate("ActivityForm", u"Themes", None))
        self.organisersLabel.setText(QCoreApplication.translate("ActivityForm", u"Organisers", None))
        self.initiativeLabel.setText(QCoreApplication.translate("ActivityForm", u"Initiative", None))
#if QT_CONFIG(accessibility)
        self.initiativeCombo.setAccessibleName(QCoreApplication.translate("ActivityForm", u"Linked initiative", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("ActivityForm", u"Status", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ActivityForm", u"Status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

