package be.sitegate.card;

/** Tag numbers of the identity file (3F00/DF01/4031), from the card content specification. */
public final class IdentityTag {
    public static final int CARD_NUMBER = 1;
    public static final int CHIP_NUMBER = 2;
    public static final int VALIDITY_BEGIN = 3;
    public static final int VALIDITY_END = 4;
    public static final int ISSUING_MUNICIPALITY = 5;
    public static final int NATIONAL_NUMBER = 6;
    public static final int LAST_NAME = 7;
    public static final int GIVEN_NAMES = 8;
    public static final int THIRD_NAME_INITIAL = 9;
    public static final int NATIONALITY = 10;
    public static final int BIRTH_PLACE = 11;
    public static final int BIRTH_DATE = 12;
    public static final int SEX = 13;
    public static final int NOBLE_CONDITION = 14;
    public static final int DOCUMENT_TYPE = 15;
    public static final int SPECIAL_STATUS = 16;
    public static final int PHOTO_HASH = 17;
    public static final int DUPLICATE = 18;
    public static final int SPECIAL_ORGANISATION = 19;
    public static final int MEMBER_OF_FAMILY = 20;
    public static final int DATE_AND_COUNTRY_OF_PROTECTION = 21;
    public static final int WORK_PERMIT = 22;
    public static final int VAT_NUMBER_1 = 23;
    public static final int VAT_NUMBER_2 = 24;
    public static final int REGIONAL_FILE_NUMBER = 25;
    public static final int BASIC_KEY_HASH = 26;
    public static final int BREXIT_MENTION_1 = 27;
    public static final int BREXIT_MENTION_2 = 28;
    public static final int CARD_A_MENTION_1 = 29;
    public static final int CARD_A_MENTION_2 = 30;
    public static final int EU_REGISTRATION_DATE = 31;

    /** Address file (3F00/DF01/4033) tags. */
    public static final int ADDRESS_STREET_AND_NUMBER = 1;
    public static final int ADDRESS_POSTAL_CODE = 2;
    public static final int ADDRESS_MUNICIPALITY = 3;

    private IdentityTag() {
    }
}
