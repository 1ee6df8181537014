package be.sitegate.pki;

import java.util.ArrayList;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Reads attributes out of an X.500 name from its DER encoding, so that a caller compares values
 * rather than parsing the RFC 2253 string form (escapes and multi-valued parts make string
 * matching easy to fool).
 */
public final class DistinguishedNames {

    /** The attributes callers ask for. */
    public enum Attribute {
        COMMON_NAME(BCStyle.CN),
        ORGANISATION(BCStyle.O),
        COUNTRY(BCStyle.C);

        private final ASN1ObjectIdentifier oid;

        Attribute(ASN1ObjectIdentifier oid) {
            this.oid = oid;
        }
    }

    private DistinguishedNames() {
    }

    /**
     * Every value of {@code attribute} in {@code name}, in order, multi-valued parts included: a
     * name with two common names gives two values, so "exactly one" can be checked.
     */
    public static List<String> values(X500Principal name, Attribute attribute) {
        List<String> out = new ArrayList<>();
        for (RDN rdn : X500Name.getInstance(name.getEncoded()).getRDNs()) {
            for (AttributeTypeAndValue tv : rdn.getTypesAndValues()) {
                if (tv.getType().equals(attribute.oid)) {
                    // The plain text of a string value; anything else in its escaped form, never equal to plain text.
                    out.add(tv.getValue() instanceof ASN1String text ? text.getString()
                            : IETFUtils.valueToString(tv.getValue()));
                }
            }
        }
        return out;
    }
}
