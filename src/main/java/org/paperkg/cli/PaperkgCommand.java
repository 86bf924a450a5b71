package org.paperkg.cli;
public class PaperkgCommand { public static void main(String[] a) {} }
