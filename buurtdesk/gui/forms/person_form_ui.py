# GENERATED FILE: made by pyside6-uic from ui/person_form.ui (bash ui/compile.sh).
# Do not edit; change the .ui file in Qt Designer and compile again.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QWidget)

class Ui_PersonForm(object):
    def setupUi(self, PersonForm):
        if not PersonForm.objectName():
            PersonForm.setObjectName(u"PersonForm")
        PersonForm.resize(520, 560)
        self.formLayout = QFormLayout(PersonForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(14)
        self.formLayout.setVerticalSpacing(8)
        self.formLayout.setContentsMargins(4, 12, 12, 12)
        self.voornaamLabel = QLabel(PersonForm)
        self.voornaamLabel.setObjectName(u"voornaamLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.voornaamLabel)

        self.voornaamEdit = QLineEdit(PersonForm)
        self.voornaamEdit.setObjectName(u"voornaamEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.voornaamEdit)

        self.tussenvoegselLabel = QLabel(PersonForm)
        self.tussenvoegselLabel.setObjectName(u"tussenvoegselLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tussenvoegselLabel)

        self.tussenvoegselRow = QWidget(PersonForm)
        self.tussenvoegselRow.setObjectName(u"tussenvoegselRow")
        self.tussenvoegselRowLayout = QHBoxLayout(self.tussenvoegselRow)
        self.tussenvoegselRowLayout.setSpacing(8)
        self.tussenvoegselRowLayout.setObjectName(u"tussenvoegselRowLayout")
        self.tussenvoegselRowLayout.setContentsMargins(0, 0, 0, 0)
        self.tussenvoegselEdit = QLineEdit(self.tussenvoegselRow)
        self.tussenvoegselEdit.setObjectName(u"tussenvoegselEdit")

        self.tussenvoegselRowLayout.addWidget(self.tussenvoegselEdit)

        self.tussenvoegselRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tussenvoegselRowLayout.addItem(self.tussenvoegselRowSpacer)

        self.tussenvoegselRowLayout.setStretch(0, 1)
        self.tussenvoegselRowLayout.setStretch(1, 1)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tussenvoegselRow)

        self.achternaamLabel = QLabel(PersonForm)
        self.achternaamLabel.setObjectName(u"achternaamLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.achternaamLabel)

        self.achternaamEdit = QLineEdit(PersonForm)
        self.achternaamEdit.setObjectName(u"achternaamEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.achternaamEdit)

        self.straatLabel = QLabel(PersonForm)
        self.straatLabel.setObjectName(u"straatLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.straatLabel)

        self.addressRow = QWidget(PersonForm)
        self.addressRow.setObjectName(u"addressRow")
        self.addressRowLayout = QHBoxLayout(self.addressRow)
        self.addressRowLayout.setSpacing(8)
        self.addressRowLayout.setObjectName(u"addressRowLayout")
        self.addressRowLayout.setContentsMargins(0, 0, 0, 0)
        self.straatEdit = QLineEdit(self.addressRow)
        self.straatEdit.setObjectName(u"straatEdit")

        self.addressRowLayout.addWidget(self.straatEdit)

        self.huisnummerEdit = QLineEdit(self.addressRow)
        self.huisnummerEdit.setObjectName(u"huisnummerEdit")

        self.addressRowLayout.addWidget(self.huisnummerEdit)

        self.addressRowLayout.setStretch(0, 3)
        self.addressRowLayout.setStretch(1, 1)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressRow)

        self.postcodeLabel = QLabel(PersonForm)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.placeRow = QWidget(PersonForm)
        self.placeRow.setObjectName(u"placeRow")
        self.placeRowLayout = QHBoxLayout(self.placeRow)
        self.placeRowLayout.setSpacing(8)
        self.placeRowLayout.setObjectName(u"placeRowLayout")
        self.placeRowLayout.setContentsMargins(0, 0, 0, 0)
        self.postcodeEdit = QLineEdit(self.placeRow)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        self.postcodeEdit.setPlaceholderText(u"1234 AB")

        self.placeRowLayout.addWidget(self.postcodeEdit)

        self.woonplaatsEdit = QLineEdit(self.placeRow)
        self.woonplaatsEdit.setObjectName(u"woonplaatsEdit")

        self.placeRowLayout.addWidget(self.woonplaatsEdit)

        self.placeRowLayout.setStretch(0, 1)
        self.placeRowLayout.setStretch(1, 2)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.placeRow)

        self.telefoonLabel = QLabel(PersonForm)
        self.telefoonLabel.setObjectName(u"telefoonLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.telefoonLabel)

        self.telefoonEdit = QLineEdit(PersonForm)
        self.telefoonEdit.setObjectName(u"telefoonEdit")
        self.telefoonEdit.setPlaceholderText(u"06-12345678")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.telefoonEdit)

        self.emailLabel = QLabel(PersonForm)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(PersonForm)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.geboortejaarLabel = QLabel(PersonForm)
        self.geboortejaarLabel.setObjectName(u"geboortejaarLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.geboortejaarLabel)

        self.geboortejaarRow = QWidget(PersonForm)
        self.geboortejaarRow.setObjectName(u"geboortejaarRow")
        self.geboortejaarRowLayout = QHBoxLayout(self.geboortejaarRow)
        self.geboortejaarRowLayout.setSpacing(8)
        self.geboortejaarRowLayout.setObjectName(u"geboortejaarRowLayout")
        self.geboortejaarRowLayout.setContentsMargins(0, 0, 0, 0)
        self.geboortejaarEdit = QLineEdit(self.geboortejaarRow)
        self.geboortejaarEdit.setObjectName(u"geboortejaarEdit")
        self.geboortejaarEdit.setPlaceholderText(u"1956")

        self.geboortejaarRowLayout.addWidget(self.geboortejaarEdit)

        self.geboortejaarRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.geboortejaarRowLayout.addItem(self.geboortejaarRowSpacer)

        self.geboortejaarRowLayout.setStretch(0, 1)
        self.geboortejaarRowLayout.setStretch(1, 3)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.geboortejaarRow)

        self.rolesLabel = QLabel(PersonForm)
        self.rolesLabel.setObjectName(u"rolesLabel")
        self.rolesLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.rolesLabel)

        self.rolesBox = QWidget(PersonForm)
        self.rolesBox.setObjectName(u"rolesBox")
        self.rolesLayout = QGridLayout(self.rolesBox)
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.rolesLayout.setHorizontalSpacing(16)
        self.rolesLayout.setVerticalSpacing(6)
        self.rolesLayout.setContentsMargins(0, 2, 0, 2)
        self.residentCheck = QCheckBox(self.rolesBox)
        self.residentCheck.setObjectName(u"residentCheck")

        self.rolesLayout.addWidget(self.residentCheck, 0, 0, 1, 1)

        self.volunteerCheck = QCheckBox(self.rolesBox)
        self.volunteerCheck.setObjectName(u"volunteerCheck")

        self.rolesLayout.addWidget(self.volunteerCheck, 0, 1, 1, 1)

        self.initiatorCheck = QCheckBox(self.rolesBox)
        self.initiatorCheck.setObjectName(u"initiatorCheck")

        self.rolesLayout.addWidget(self.initiatorCheck, 1, 0, 1, 1)

        self.professionalCheck = QCheckBox(self.rolesBox)
        self.professionalCheck.setObjectName(u"professionalCheck")

        self.rolesLayout.addWidget(self.professionalCheck, 1, 1, 1, 1)


        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.rolesBox)

        self.skillsLabel = QLabel(PersonForm)
        self.skillsLabel.setObjectName(u"skillsLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.skillsLabel)

        self.skillsEdit = QLineEdit(PersonForm)
        self.skillsEdit.setObjectName(u"skillsEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.skillsEdit)

        self.interestsLabel = QLabel(PersonForm)
        self.interestsLabel.setObjectName(u"interestsLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.interestsLabel)

        self.interestsEdit = QLineEdit(PersonForm)
        self.interestsEdit.setObjectName(u"interestsEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.interestsEdit)

        self.notesLabel = QLabel(PersonForm)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(PersonForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.notesEdit.sizePolicy().hasHeightForWidth())
        self.notesEdit.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notesEdit)

#if QT_CONFIG(shortcut)
        self.voornaamLabel.setBuddy(self.voornaamEdit)
        self.tussenvoegselLabel.setBuddy(self.tussenvoegselEdit)
        self.achternaamLabel.setBuddy(self.achternaamEdit)
        self.straatLabel.setBuddy(self.straatEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.telefoonLabel.setBuddy(self.telefoonEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.geboortejaarLabel.setBuddy(self.geboortejaarEdit)
        self.skillsLabel.setBuddy(self.skillsEdit)
        self.interestsLabel.setBuddy(self.interestsEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.voornaamEdit, self.tussenvoegselEdit)
        QWidget.setTabOrder(self.tussenvoegselEdit, self.achternaamEdit)
        QWidget.setTabOrder(self.achternaamEdit, self.straatEdit)
        QWidget.setTabOrder(self.straatEdit, self.huisnummerEdit)
        QWidget.setTabOrder(self.huisnummerEdit, self.postcodeEdit)
        QWidget.setTabOrder(self.postcodeEdit, self.woonplaatsEdit)
        QWidget.setTabOrder(self.woonplaatsEdit, self.telefoonEdit)
        QWidget.setTabOrder(self.telefoonEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.geboortejaarEdit)
        QWidget.setTabOrder(self.geboortejaarEdit, self.residentCheck)
        QWidget.setTabOrder(self.residentCheck, self.volunteerCheck)
        QWidget.setTabOrder(self.volunteerCheck, self.initiatorCheck)
        QWidget.setTabOrder(self.initiatorCheck, self.professionalCheck)
        QWidget.setTabOrder(self.professionalCheck, self.skillsEdit)
        QWidget.setTabOrder(self.skillsEdit, self.interestsEdit)
        QWidget.setTabOrder(self.interestsEdit, self.notesEdit)

        self.retranslateUi(PersonForm)

        QMetaObject.connectSlotsByName(PersonForm)
    # setupUi

    def retranslateUi(self, PersonForm):
#if QT_CONFIG(accessibility)
        PersonForm.setAccessibleName(QCoreApplication.translate("PersonForm", u"Person details", None))
#endif // QT_CONFIG(accessibility)
        self.voornaamLabel.setText(QCoreApplication.translate("PersonForm", u"First name", None))
#if QT_CONFIG(accessibility)
        self.voornaamEdit.setAccessibleName(QCoreApplication.translate("PersonForm", u"First name", None))
#endif // QT_CONFIG(accessibility)
        self.tussenvoegselLabel.setText(QCoreApplication.translate("PersonForm", u"Name prefix", None))
#if QT_CONFIG(accessibility)
        self.tussenvoegselEdit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Name prefix", None))
#endif // QT_CONFIG(accessibility)
        self.tussenvoegselEdit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"e.g. van der", None))
        self.achternaamLabel.setText(QCoreApplication.translate("PersonForm", u"Last name", None))
#if QT_CONFIG(accessibility)
        self.achternaamEdit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Last name", None))
#endif // QT_CONFIG(accessibility)
        self.straatLabel.setText(QCoreApplication.translate("PersonForm", u"Address", None))
#if QT_CONFIG(accessibility)
        self.straatEdit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Street", None))
#endif // QT_CONFIG(accessibility)
        self.straatEdit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"Street", None))
#if QT_CONFIG(accessibility)
        self.huisnummerEdit.setAccessibleName(QCoreApplication.translate("PersonForm", u"House number", None))
#endif // QT_CONFIG(accessibility)
        self.huisnummerEdit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"No.", None))
        self.postcodeLabel.setText(QCoreApplication.translate("PersonForm", u"Postcode and town", None))
#if QT_CONFIG(accessibility)
        self.postcodeEdit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Postcode", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.woonplaatsEdit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Town", None))
#endif // QT_CONFIG(accessibility)
        self.woonplaatsEdit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"Town", None))
        self.telefoonLabel.setText(QCoreApplication.translate("PersonForm", u"Phone", None))
#if QT_CONFIG(accessibility)
        self.telefoonEdit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("PersonForm", u"Email", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"name@example.nl", None))
        self.geboortejaarLabel.setText(QCoreApplication.translate("PersonForm", u"Year of birth", None))
#if QT_CONFIG(accessibility)
        self.geboortejaarEdit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Year of birth", None))
#endif // QT_CONFIG(accessibility)
        self.rolesLabel.setText(QCoreApplication.translate("PersonForm", u"Roles", None))
#if QT_CONFIG(accessibility)
        self.rolesBox.setAccessibleName(QCoreApplication.translate("PersonForm", u"Roles", None))
#endif // QT_CONFIG(accessibility)
        self.residentCheck.setText(QCoreApplication.translate("PersonForm", u"Resident", None))
        self.volunteerCheck.setText(QCoreApplication.translate("PersonForm", u"Volunteer", None))
        self.initiatorCheck.setText(QCoreApplication.translate("PersonForm", u"Initiator", None))
        self.professionalCheck.setText(QCoreApplication.translate("PersonForm", u"Professional", None))
        self.skillsLabel.setText(QCoreApplication.translate("PersonForm", u"Skills", None))
#if QT_CONFIG(accessibility)
        self.skillsEdit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Skills, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.skillsEdit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"e.g. cooking, fixing bikes", None))
        self.interestsLabel.setText(QCoreApplication.translate("PersonForm", u"Interests", None))
#if QT_CONFIG(accessibility)
        self.interestsEdit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Interests, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.interestsEdit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"e.g. gardening, chess", None))
        self.notesLabel.setText(QCoreApplication.translate("PersonForm", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

