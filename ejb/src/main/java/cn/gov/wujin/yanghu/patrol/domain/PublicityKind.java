package cn.gov.wujin.yanghu.patrol.domain;

/** What an anti-fraud publicity event (反诈宣传) was; NOTICE is a liaison's targeted notice to enterprises. */
public enum PublicityKind { TALK, DOOR_TO_DOOR, APP_INSTALL, STREET_STAND, NOTICE, OTHER }
