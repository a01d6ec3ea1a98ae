package cn.gov.wujin.yanghu.fraud.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person who lost money (受害人). ID-card number and phone are personal data. */
@Entity
@Table(name = "fraud_victim")
public class Victim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fraud_case_id", nullable = false, updatable = false)
    private FraudCase fraudCase;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    @Column(name = "id_card_number")
    private String idCardNumber;

    private String phone;

    private Integer age;

    private String occupation;

    protected Victim() {
    }

    Victim(FraudCase fraudCase, int position, String name, String idCardNumber, String phone, Integer age, String occupation) {
        this.fraudCase = fraudCase;
        this.position = position;
        this.name = name;
        this.idCardNumber = idCardNumber;
        this.phone = phone;
        this.age = age;
        this.occupation = occupation;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getIdCardNumber() {
        return idCardNumber;
    }

    public String getPhone() {
        return phone;
    }

    public Integer getAge() {
        return age;
    }

    public String getOccupation() {
        return occupation;
    }
}
